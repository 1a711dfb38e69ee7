// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";

/// @title The development network's test token
/// @notice A plain OpenZeppelin ERC-20 that `viaduct dev` deploys on its
/// embedded L1 so that token deposits, transfers, withdrawals and token
/// channels can be tried at once. Its whole supply is minted in the
/// constructor, `amount` to each of `holders`; there is no mint function, no
/// owner and no other way to create tokens afterwards.
contract DevToken is ERC20 {
    constructor(string memory name_, string memory symbol_, address[] memory holders, uint256 amount)
        ERC20(name_, symbol_)
    {
        for (uint256 i = 0; i < holders.length; i++) {
            _mint(holders[i], amount);
        }
    }
}
