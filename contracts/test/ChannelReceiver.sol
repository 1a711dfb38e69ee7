// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

/// @notice Test-only code for a channel party's account, installed with an
/// EIP-7702 delegation so the account keeps its key (it can still sign
/// channel states) and gains a receive hook. Storage is the account's own.
///   Accept:  takes the ETH.
///   Reject:  reverts, so a pushed payout fails.
///   Reenter: calls `target` with `data` (e.g. Channels.settle) from inside
///            the payout, records the outcome, then accepts the ETH.
///   Burn:    spins until it runs out of gas.
/// configure makes every slot the hook writes non-zero first: under
/// EIP-8037 (Amsterdam) creating a storage slot costs far more than the
/// payout's gas, and the hook must fit in it to test reentrancy at all.
contract ChannelReceiver {
    enum Mode {
        Accept,
        Reject,
        Reenter,
        Burn
    }

    uint256 public constant NOT_RUN = 1;
    uint256 public constant REENTRY_FAILED = 2;
    uint256 public constant REENTRY_SUCCEEDED = 3;

    Mode public mode;
    address public target;
    bytes public data;
    /// @notice NOT_RUN until the hook runs in Reenter mode.
    uint256 public outcome;
    /// @notice The first 32 bytes the reentrant call returned or reverted with.
    bytes32 public reentryResult;

    function configure(Mode mode_, address target_, bytes calldata data_) external {
        mode = mode_;
        target = target_;
        data = data_;
        outcome = NOT_RUN;
        reentryResult = bytes32(type(uint256).max);
    }

    receive() external payable {
        if (mode == Mode.Reject) revert("ChannelReceiver: rejected");
        if (mode == Mode.Burn) {
            while (true) {}
        }
        if (mode == Mode.Reenter) {
            (bool ok, bytes memory ret) = target.call(data);
            bytes32 head;
            if (ret.length > 0) {
                assembly ("memory-safe") {
                    head := mload(add(ret, 32))
                }
            }
            outcome = ok ? REENTRY_SUCCEEDED : REENTRY_FAILED;
            reentryResult = head;
        }
    }
}
