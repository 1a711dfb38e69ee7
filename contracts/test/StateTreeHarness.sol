// SPDX-License-Identifier: MIT
pragma solidity 0.8.34;

import {StateTree} from "../src/StateTree.sol";

/// @notice Exposes the StateTree library to the Go tests, which replay
/// testdata/vectors/proofs.json and proofs of a large tree through it.
contract StateTreeHarness {
    function verify(bytes32 root, bytes32 key, bytes calldata proof) external pure returns (bytes32) {
        return StateTree.verify(root, key, proof);
    }

    /// @notice verify, with the gas the library call used (execution only:
    /// no calldata, no call overhead).
    function verifyGas(bytes32 root, bytes32 key, bytes calldata proof)
        external
        view
        returns (bytes32 valueHash, uint256 gasUsed)
    {
        uint256 before = gasleft();
        valueHash = StateTree.verify(root, key, proof);
        gasUsed = before - gasleft();
    }
}
