// SPDX-License-Identifier: MIT
pragma solidity 0.8.34;

import {IQueue} from "../src/FraudVerifier.sol";

/// @title QueueHarness
/// @notice A stand-in for the Rollup's L1 queue in the fraud verifier's
/// tests: it holds whatever item hashes a test sets, so the core's JSON
/// vectors (whose queue items come from L1 senders no test holds keys for)
/// can be replayed at their own queue indices. Like the Rollup, it reverts
/// for an index it holds nothing at.
contract QueueHarness is IQueue {
    error UnknownQueueItem(uint256 index);

    mapping(uint256 index => bytes32) private _hashes;

    function setQueueItemHash(uint256 index, bytes32 h) external {
        _hashes[index] = h;
    }

    function queueItemHash(uint256 index) external view returns (bytes32) {
        bytes32 h = _hashes[index];
        if (h == bytes32(0)) revert UnknownQueueItem(index);
        return h;
    }
}
