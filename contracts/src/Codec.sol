// SPDX-License-Identifier: MIT
pragma solidity 0.8.34;

import {Hashes} from "@openzeppelin/contracts/utils/cryptography/Hashes.sol";

/// @title Codec
/// @notice The byte-exact encodings and hashes of docs/spec.md that the L1
/// contracts need: L2 block headers (section 10), L1 queue items (section 8),
/// withdrawal leaves (section 9) and the binary Merkle tree with
/// OpenZeppelin's commutative pair hash that both the withdrawals of a block
/// and the blocks of a batch are committed to (section 9, section 15).
/// @dev Every function is internal, so the library is inlined into the
/// contracts that use it (the Rollup, later the fraud-proof verifier); the
/// test harness contracts/test/CodecHarness.sol exposes them to the Go tests,
/// which compare them byte for byte with packages core and merkle.
library Codec {
    /// @notice An L2 block header (spec section 10). Its packed encoding is
    /// 172 bytes; its hash, keccak256 of that, is the block hash.
    struct Header {
        bytes32 parentHash;
        uint64 number;
        uint64 timestamp;
        bytes32 txDataHash;
        bytes32 stateRoot;
        bytes32 withdrawalsRoot;
        uint64 queueCursor;
        address feeRecipient;
    }

    /// @notice Length of an encoded header.
    uint256 internal constant HEADER_SIZE = 172;
    /// @notice Length of an encoded queue item.
    uint256 internal constant QUEUE_ITEM_SIZE = 93;
    /// @notice Length of an encoded withdrawal (the leaf's preimage).
    uint256 internal constant WITHDRAWAL_SIZE = 84;

    /// @notice Queue item kinds (spec section 8).
    uint8 internal constant KIND_DEPOSIT_ETH = 1;
    uint8 internal constant KIND_DEPOSIT_TOKEN = 2;
    uint8 internal constant KIND_FORCED_WITHDRAWAL = 3;

    /// @notice keccak256 of no bytes: the tx data hash of a block without
    /// transactions.
    bytes32 internal constant EMPTY_TX_DATA_HASH = 0xc5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470;

    /// @notice The hash of the genesis header (block 0: every field zero
    /// except txDataHash = keccak256("")), from which the L2 chain starts.
    bytes32 internal constant GENESIS_HASH = 0xf6c14038b01cbc9ab01d2c6a73f5ac76d778c25be22aedf627d748319ed607af;

    /// @notice The 172-byte packed encoding of a header.
    function encodeHeader(Header calldata h) internal pure returns (bytes memory) {
        return abi.encodePacked(
            h.parentHash,
            h.number,
            h.timestamp,
            h.txDataHash,
            h.stateRoot,
            h.withdrawalsRoot,
            h.queueCursor,
            h.feeRecipient
        );
    }

    /// @notice The block hash: keccak256 of the header's encoding.
    function hashHeader(Header calldata h) internal pure returns (bytes32) {
        return keccak256(encodeHeader(h));
    }

    /// @notice The 93-byte encoding of a queue item:
    /// kind (1) ‖ from (20) ‖ to (20) ‖ token (20) ‖ amount (32).
    function encodeQueueItem(uint8 kind, address from, address to, address token, uint256 amount)
        internal
        pure
        returns (bytes memory)
    {
        return abi.encodePacked(kind, from, to, token, amount);
    }

    /// @notice keccak256 of a queue item's encoding, as the Rollup stores it.
    function hashQueueItem(uint8 kind, address from, address to, address token, uint256 amount)
        internal
        pure
        returns (bytes32)
    {
        return keccak256(encodeQueueItem(kind, from, to, token, amount));
    }

    /// @notice The 84-byte encoding of a withdrawal:
    /// blockNumber (8) ‖ index (4) ‖ recipient (20) ‖ token (20) ‖ amount (32).
    function encodeWithdrawal(uint64 blockNumber, uint32 index, address recipient, address token, uint256 amount)
        internal
        pure
        returns (bytes memory)
    {
        return abi.encodePacked(blockNumber, index, recipient, token, amount);
    }

    /// @notice A withdrawal's leaf in its block's withdrawals tree.
    function withdrawalLeaf(uint64 blockNumber, uint32 index, address recipient, address token, uint256 amount)
        internal
        pure
        returns (bytes32)
    {
        return keccak256(encodeWithdrawal(blockNumber, index, recipient, token, amount));
    }

    /// @notice The root of the binary Merkle tree over `leaves` in order:
    /// leaves are paired left to right with the commutative pair hash, level
    /// by level; an odd node at the end of a level moves up unchanged; no
    /// leaves give zero and one leaf gives the leaf. OpenZeppelin's
    /// MerkleProof.verify checks proofs against it (package merkle in Go).
    /// @dev Overwrites `leaves` in place.
    function merkleRoot(bytes32[] memory leaves) internal pure returns (bytes32) {
        uint256 n = leaves.length;
        if (n == 0) return bytes32(0);
        while (n > 1) {
            uint256 half = n / 2;
            for (uint256 i = 0; i < half; ++i) {
                leaves[i] = Hashes.commutativeKeccak256(leaves[2 * i], leaves[2 * i + 1]);
            }
            if (n % 2 == 1) {
                leaves[half] = leaves[n - 1];
                n = half + 1;
            } else {
                n = half;
            }
        }
        return leaves[0];
    }
}
