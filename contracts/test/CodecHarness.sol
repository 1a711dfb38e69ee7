// SPDX-License-Identifier: MIT
pragma solidity 0.8.34;

import {MerkleProof} from "@openzeppelin/contracts/utils/cryptography/MerkleProof.sol";

import {Codec} from "../src/Codec.sol";

/// @notice Exposes the Codec library to the Go tests, which compare every
/// encoding and hash with packages core and merkle byte for byte.
contract CodecHarness {
    function genesisHash() external pure returns (bytes32) {
        return Codec.GENESIS_HASH;
    }

    function emptyTxDataHash() external pure returns (bytes32) {
        return Codec.EMPTY_TX_DATA_HASH;
    }

    function encodeHeader(Codec.Header calldata h) external pure returns (bytes memory) {
        return Codec.encodeHeader(h);
    }

    function hashHeader(Codec.Header calldata h) external pure returns (bytes32) {
        return Codec.hashHeader(h);
    }

    function hashTxData(bytes calldata txData) external pure returns (bytes32) {
        return keccak256(txData);
    }

    function encodeQueueItem(uint8 kind, address from, address to, address token, uint256 amount)
        external
        pure
        returns (bytes memory)
    {
        return Codec.encodeQueueItem(kind, from, to, token, amount);
    }

    function hashQueueItem(uint8 kind, address from, address to, address token, uint256 amount)
        external
        pure
        returns (bytes32)
    {
        return Codec.hashQueueItem(kind, from, to, token, amount);
    }

    function encodeWithdrawal(uint64 blockNumber, uint32 index, address recipient, address token, uint256 amount)
        external
        pure
        returns (bytes memory)
    {
        return Codec.encodeWithdrawal(blockNumber, index, recipient, token, amount);
    }

    function withdrawalLeaf(uint64 blockNumber, uint32 index, address recipient, address token, uint256 amount)
        external
        pure
        returns (bytes32)
    {
        return Codec.withdrawalLeaf(blockNumber, index, recipient, token, amount);
    }

    function merkleRoot(bytes32[] memory leaves) external pure returns (bytes32) {
        return Codec.merkleRoot(leaves);
    }

    /// @notice OpenZeppelin's MerkleProof.verifyCalldata, as the Rollup checks
    /// block and withdrawal proofs.
    function verify(bytes32[] calldata proof, bytes32 root, bytes32 leaf) external pure returns (bool) {
        return MerkleProof.verifyCalldata(proof, root, leaf);
    }
}
