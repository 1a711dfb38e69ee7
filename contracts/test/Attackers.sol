// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";

// Test-only counterparties that attack the Rollup: reentrant receivers and
// tokens, and tokens with missing, odd or hostile metadata.

/// @notice Replays a stored call when it receives ETH (or when a token it is
/// built into moves), and records whether the replay succeeded and what it
/// returned. Receiving ETH otherwise succeeds, unless `refuse` is set.
contract Reenterer {
    address public target;
    bytes public data;
    bool public armed;
    bool public attempted;
    bool public lastOk;
    bytes public lastReturn;
    bool public refuse;

    /// @notice Replays `data_` on `target_` at the next ETH receipt.
    function arm(address target_, bytes calldata data_) external {
        target = target_;
        data = data_;
        armed = true;
    }

    function setRefuse(bool refuse_) external {
        refuse = refuse_;
    }

    /// @notice Calls `target_` with `data_` now (so this contract can be msg.sender).
    function execute(address target_, bytes calldata data_, uint256 value) external payable returns (bytes memory) {
        (bool ok, bytes memory ret) = target_.call{value: value}(data_);
        if (!ok) {
            assembly {
                revert(add(ret, 32), mload(ret))
            }
        }
        return ret;
    }

    receive() external payable {
        require(!refuse, "Reenterer: refusing ETH");
        _replay();
    }

    function _replay() internal {
        if (!armed) return;
        armed = false;
        attempted = true;
        (lastOk, lastReturn) = target.call(data);
    }
}

/// @notice An ERC-20 that, when armed, replays a stored call on every
/// transfer (during transferFrom into the Rollup or transfer out of it), and
/// records the outcome. The replay's failure does not stop the transfer.
contract ReentrantToken is ERC20 {
    address public target;
    bytes public data;
    bool public armed;
    bool public attempted;
    bool public lastOk;
    bytes public lastReturn;

    constructor() ERC20("Reentrant Token", "REE") {}

    function mint(address to, uint256 amount) external {
        _mint(to, amount);
    }

    function arm(address target_, bytes calldata data_) external {
        target = target_;
        data = data_;
        armed = true;
    }

    function _update(address from, address to, uint256 value) internal override {
        super._update(from, to, value);
        if (armed && from != address(0)) {
            armed = false;
            attempted = true;
            (lastOk, lastReturn) = target.call(data);
        }
    }
}

/// @notice Old-style metadata (like MKR): name and symbol are bytes32, and
/// there is no decimals() at all.
contract Bytes32MetadataToken {
    bytes32 public constant name = "Maker";
    bytes32 public constant symbol = "MKR";

    mapping(address => uint256) public balanceOf;
    mapping(address => mapping(address => uint256)) public allowance;

    function mint(address to, uint256 amount) external {
        balanceOf[to] += amount;
    }

    function approve(address spender, uint256 amount) external returns (bool) {
        allowance[msg.sender][spender] = amount;
        return true;
    }

    function transfer(address to, uint256 amount) external returns (bool) {
        balanceOf[msg.sender] -= amount;
        balanceOf[to] += amount;
        return true;
    }

    function transferFrom(address from, address to, uint256 amount) external returns (bool) {
        allowance[from][msg.sender] -= amount;
        balanceOf[from] -= amount;
        balanceOf[to] += amount;
        return true;
    }
}

/// @notice A token whose metadata calls misbehave on purpose.
/// name(): returns 1 MB of data; symbol(): burns all the gas it gets;
/// decimals(): returns 300 (out of uint8 range).
contract HostileMetadataToken {
    mapping(address => uint256) public balanceOf;
    mapping(address => mapping(address => uint256)) public allowance;

    function mint(address to, uint256 amount) external {
        balanceOf[to] += amount;
    }

    function approve(address spender, uint256 amount) external returns (bool) {
        allowance[msg.sender][spender] = amount;
        return true;
    }

    function transfer(address to, uint256 amount) external returns (bool) {
        balanceOf[msg.sender] -= amount;
        balanceOf[to] += amount;
        return true;
    }

    function transferFrom(address from, address to, uint256 amount) external returns (bool) {
        allowance[from][msg.sender] -= amount;
        balanceOf[from] -= amount;
        balanceOf[to] += amount;
        return true;
    }

    function name() external pure returns (string memory) {
        assembly {
            mstore(0, 32)
            mstore(32, 1000000)
            return(0, 1000064)
        }
    }

    function symbol() external pure returns (string memory) {
        uint256 x;
        while (true) {
            x++;
        }
        return "";
    }

    function decimals() external pure returns (uint256) {
        return 300;
    }
}

/// @notice A token with a long name (cut to 64 bytes) and a string whose
/// declared length runs past the returned data for its symbol.
contract LongNameToken is ERC20 {
    constructor() ERC20("An extraordinarily long token name that goes on well past sixty-four bytes", "") {}

    function mint(address to, uint256 amount) external {
        _mint(to, amount);
    }

    function decimals() public pure override returns (uint8) {
        return 6;
    }

    function symbol() public pure override returns (string memory) {
        assembly {
            mstore(0, 32)
            mstore(32, 100)
            mstore(64, "LIE")
            return(0, 96)
        }
    }
}

/// @notice A token whose transfers take from the receiver twice what they
/// give (a rebase downwards): the Rollup's balance falls during a deposit.
contract ShrinkingToken is ERC20 {
    constructor() ERC20("Shrinking Token", "SHR") {}

    function mint(address to, uint256 amount) external {
        _mint(to, amount);
    }

    function _update(address from, address to, uint256 value) internal override {
        super._update(from, to, value);
        if (from != address(0) && to != address(0)) {
            super._update(to, address(0), 2 * value);
        }
    }
}
