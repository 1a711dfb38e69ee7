// SPDX-License-Identifier: MIT
pragma solidity 0.8.34;

/// @title Blobs
/// @notice The layout of a blob batch's data (docs/spec.md section 17): the
/// blocks' tx data, back to back, over the batch's EIP-4844 blobs, 31 bytes
/// in each 32-byte field element (the first byte zero), and the commitment
/// the Rollup keeps to the blobs and to each block's place in them.
/// @dev Internal functions only, inlined into the Rollup (which computes the
/// commitment when a batch is posted) and the FraudVerifier (which checks it
/// in a challenge); package contracts/rollup computes the same in Go.
library Blobs {
    /// @notice Field elements in a blob (EIP-4844).
    uint256 internal constant ELEMENTS_PER_BLOB = 4096;
    /// @notice Payload bytes in one field element: bytes 1..31 (byte 0 is zero).
    uint256 internal constant BYTES_PER_ELEMENT = 31;
    /// @notice Payload bytes in one blob: 4096 × 31.
    uint256 internal constant BYTES_PER_BLOB = 126_976;
    /// @notice Most blobs a blob batch may carry: a transaction's limit since
    /// Osaka (EIP-7594; go-ethereum's params.BlobTxMaxBlobs).
    uint256 internal constant MAX_BLOBS_PER_BATCH = 6;

    /// @notice The commitment to a blob batch's data: keccak256 of the blobs'
    /// versioned hashes in order, followed by `lengthsHash_`, keccak256 of the
    /// blocks' tx data lengths as 4-byte big-endian integers back to back.
    /// The preimage's length (32 × (blobs + 1)) fixes the number of blobs,
    /// and the batch's block range the number of lengths.
    function dataRoot(bytes32[] memory blobHashes, bytes32 lengthsHash_) internal pure returns (bytes32 root) {
        assembly ("memory-safe") {
            let n := mload(blobHashes)
            let p := mload(0x40) // past the free memory pointer, not advanced
            mcopy(p, add(blobHashes, 0x20), mul(n, 0x20))
            mstore(add(p, mul(n, 0x20)), lengthsHash_)
            root := keccak256(p, mul(add(n, 1), 0x20))
        }
    }

    /// @notice keccak256 of the lengths packed as 4-byte big-endian integers.
    /// @dev The caller has read every length through Solidity's checked
    /// calldata access, so each fits 32 bits.
    function lengthsHash(uint32[] calldata lengths) internal pure returns (bytes32 h) {
        assembly ("memory-safe") {
            let n := lengths.length
            let p := mload(0x40) // past the free memory pointer, not advanced
            for { let i := 0 } lt(i, n) { i := add(i, 1) } {
                // Each 32-byte store is overwritten past its first 4 bytes by the next.
                mstore(add(p, mul(i, 4)), shl(224, calldataload(add(lengths.offset, mul(i, 0x20)))))
            }
            h := keccak256(p, mul(n, 4))
        }
    }
}
