// SPDX-License-Identifier: MIT
pragma solidity 0.8.34;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {MerkleProof} from "@openzeppelin/contracts/utils/cryptography/MerkleProof.sol";
import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";

import {Blobs} from "./Blobs.sol";
import {Codec} from "./Codec.sol";
import {FraudVerifier, IQueue} from "./FraudVerifier.sol";

/// @title Rollup
/// @notice Viaduct's L1 contract (docs/spec.md section 15): the L1 queue of
/// deposits and forced withdrawals, the chain of L2 blocks posted in batches
/// with their data, the inclusion window that lets anyone with a bond post
/// when the sequencer censors or stalls (and past which no batch may leave
/// an expired queue item out), fraud proofs whose reward goes to the first
/// committed challenger, and the payout of withdrawals after the challenge
/// window.
/// @dev No owner, no admin, no proxy: every parameter is an immutable set at
/// deployment. Batches are kept in a mapping with an explicit count so that
/// a fraud proof ({challenge}, spec section 16) can drop a bad batch and
/// every later one; it slashes through {_releaseBond}.
contract Rollup is ReentrancyGuardTransient, IQueue {
    using SafeERC20 for IERC20;

    /// @notice Deployment parameters; see the immutables of the same names.
    struct Config {
        uint64 l2ChainId;
        address sequencer;
        uint64 challengeWindow;
        uint64 inclusionWindow;
        uint256 bond;
        uint256 l2BaseFee;
        uint256 minDeposit;
        uint256 maxDeposit;
        uint256 minTokenDeposit;
        uint256 maxTokenDeposit;
    }

    /// @notice One L2 block as a batch carries it: the header and the block's
    /// tx data (spec section 7), whose hash the contract checks.
    struct BlockData {
        Codec.Header header;
        bytes txData;
    }

    /// @notice What the contract keeps of an accepted batch.
    /// @param blocksRoot Merkle root (Codec.merkleRoot) over the batch's block hashes, in order.
    /// @param lastBlockHash Hash of the batch's last block.
    /// @param stateRoot State root after the batch's last block.
    /// @param lastBlock Number of the batch's last block.
    /// @param lastTimestamp Timestamp of the batch's last block.
    /// @param queueCursor Queue cursor of the batch's last block.
    /// @param submittedAt L1 timestamp of the submission; the challenge window runs from it.
    /// @param submitter Who posted the batch and its bond.
    /// @param firstBlock Number of the batch's first block.
    /// @param bondHeld Whether the contract still holds the batch's bond.
    /// @param dataRoot For a blob batch, the commitment to its blobs and its
    /// blocks' places in them (spec section 17); zero for a calldata batch.
    struct Batch {
        bytes32 blocksRoot;
        bytes32 lastBlockHash;
        bytes32 stateRoot;
        uint64 lastBlock;
        uint64 lastTimestamp;
        uint64 queueCursor;
        uint64 submittedAt;
        address submitter;
        uint64 firstBlock;
        bool bondHeld;
        bytes32 dataRoot;
    }

    /// @notice A withdrawal as its leaf commits to it (spec section 9); the
    /// block number is the header's.
    struct Withdrawal {
        uint32 index;
        address recipient;
        address token;
        uint256 amount;
    }

    /// @notice Metadata of a bridged token, read once at its first deposit.
    struct TokenInfo {
        bool registered;
        uint8 decimals;
        string name;
        string symbol;
    }

    /// @notice The bridge's L2 system address (spec section 2). Deposits to it
    /// would be lost, so they are refused.
    address public constant BRIDGE = 0x00000000000000000000000000000000000B81d6;
    /// @notice Largest tx data of one block (spec section 2).
    uint256 public constant MAX_TX_DATA_BYTES = 16_384;
    /// @notice Most queue items one block may apply (spec section 2).
    uint256 public constant MAX_QUEUE_ITEMS_PER_BLOCK = 16;
    /// @notice The hash of the L2 genesis header (spec section 10).
    bytes32 public constant GENESIS_HASH = Codec.GENESIS_HASH;
    /// @notice Gas given to each token metadata call (name, symbol, decimals).
    uint256 public constant METADATA_CALL_GAS = 50_000;
    /// @notice Longest token name or symbol recorded, in bytes; longer ones are cut.
    uint256 public constant MAX_TOKEN_STRING_BYTES = 64;
    /// @notice Decimals recorded for a token whose decimals() is missing or out of range.
    uint8 public constant DEFAULT_DECIMALS = 18;
    /// @notice Most blobs one blob batch may carry (spec section 17): what
    /// one transaction may carry since Osaka (EIP-7594).
    uint256 public constant MAX_BLOBS_PER_BATCH = Blobs.MAX_BLOBS_PER_BATCH;

    /// @notice L2 chain id that L2 transactions are signed for.
    uint64 public immutable l2ChainId;
    /// @notice The sequencer: the only address that may post batches while the inclusion window is closed.
    address public immutable sequencer;
    /// @notice Seconds after its submission during which a batch can be challenged.
    uint64 public immutable challengeWindow;
    /// @notice Seconds after which anyone with a bond may post (spec section 15).
    uint64 public immutable inclusionWindow;
    /// @notice Wei posted with every batch, returned after its challenge window.
    uint256 public immutable bond;
    /// @notice L2 base fee in wei per gas (spec section 6); read by the fraud proof.
    uint256 public immutable l2BaseFee;
    /// @notice Smallest ETH deposit, in wei.
    uint256 public immutable minDeposit;
    /// @notice Largest ETH deposit, in wei.
    uint256 public immutable maxDeposit;
    /// @notice Smallest token deposit (amount received), in token base units.
    uint256 public immutable minTokenDeposit;
    /// @notice Largest token deposit (amount received), in token base units.
    uint256 public immutable maxTokenDeposit;
    /// @notice L1 timestamp of deployment: the inclusion window's start before the first batch.
    uint64 public immutable deployedAt;

    /// @notice Number of accepted batches.
    uint256 public batchCount;

    /// @notice The fraud-proof verifier (spec section 16), deployed by the
    /// constructor with this contract's queue, chain id and base fee.
    FraudVerifier public immutable fraudVerifier;
    /// @notice The share of a slashed bond paid to the challenger, in
    /// percent; the rest is burned, so that challenging oneself gains nothing.
    uint256 public constant CHALLENGER_SHARE_PERCENT = 50;
    /// @notice Reverted batches whose bonds are still to be settled:
    /// [rollbackNext, rollbackEnd), empty when both are zero. No batch is
    /// accepted while it is not empty (a batch first settles up to
    /// SETTLE_PER_CHALLENGE of it itself); challenges are.
    uint256 public rollbackNext;
    /// @notice See {rollbackNext}.
    uint256 public rollbackEnd;
    /// @notice ETH owed and claimable with {claim}: challengers' rewards and
    /// the bonds of reverted batches that were not proven fraudulent.
    mapping(address account => uint256) public claimable;
    mapping(uint256 batchIndex => Batch) private _batches;

    /// @notice Number of queue items ever added.
    uint256 public queueLength;
    mapping(uint256 index => bytes32) private _queueHashes;
    // L1 timestamps of queue items, four uint64 to a word.
    mapping(uint256 word => uint256) private _queueTimes;

    // Spent withdrawals: bit (blockNumber << 32 | index) of the bitmap.
    mapping(uint256 word => uint256) private _spent;

    mapping(address token => TokenInfo) private _tokens;

    /// @notice A queue item was added (spec section 8); `index` is its position in the queue.
    event QueueItemAdded(
        uint256 indexed index, uint8 kind, address indexed from, address indexed to, address token, uint256 amount
    );
    /// @notice A token was deposited for the first time; its metadata as read then.
    event TokenRegistered(address indexed token, string name, string symbol, uint8 decimals);
    /// @notice A batch was accepted. The blocks and tx data are in the calldata of the transaction that emitted it.
    event BatchSubmitted(
        uint256 indexed batchIndex,
        address indexed submitter,
        uint64 firstBlock,
        uint64 lastBlock,
        bytes32 blocksRoot,
        bytes32 lastBlockHash,
        bytes32 stateRoot,
        uint64 queueCursor
    );
    /// @notice Batch `batchIndex`, announced by the BatchSubmitted just
    /// before, carries its tx data in blobs (spec section 17): the versioned
    /// hashes of its transaction's blobs, in order, and each block's tx data
    /// length, in block order.
    event BlobBatchSubmitted(uint256 indexed batchIndex, bytes32[] blobHashes, uint32[] lengths);
    /// @notice A withdrawal was paid out on L1.
    event WithdrawalFinalized(
        uint64 indexed blockNumber, uint32 index, address indexed recipient, address indexed token, uint256 amount
    );
    /// @notice The bond of a batch past its challenge window went back to its submitter.
    event BondReclaimed(uint256 indexed batchIndex, address indexed submitter, uint256 amount);
    /// @notice A block of batch `batchIndex` was proven fraudulent: the
    /// batch and every later one are reverted, its bond slashed.
    /// `challenger` is who was rewarded: the block's leader (the earliest
    /// revealed commitment), not necessarily who sent the proof.
    event FraudProven(
        uint256 indexed batchIndex,
        uint64 blockNumber,
        address indexed challenger,
        uint8 fraud,
        uint256 txIndex,
        uint8 rule,
        uint256 reward,
        uint256 burned
    );
    /// @notice A staged challenge (spec section 16.2) of block `blockHash`
    /// of batch `batchIndex` was started; `entries` witness entries remain
    /// to be proven by {continueChallenge}.
    event ChallengeStarted(
        address indexed challenger, uint256 indexed batchIndex, uint64 blockNumber, bytes32 blockHash, uint256 entries
    );
    /// @notice A challenge that block `blockHash` of blob batch `batchIndex`
    /// is not its blobs' data (spec section 17.3) was started; `elements`
    /// field elements are to be opened by {openBlobChallenge}.
    event BlobChallengeStarted(
        address indexed challenger, uint256 indexed batchIndex, uint64 blockNumber, bytes32 blockHash, uint256 elements
    );
    /// @notice `challenger` revealed the earliest commitment so far
    /// (committed at L1 time `committedAt`) to block `blockHash` of batch
    /// `batchIndex`: a proof of it rewards `challenger`.
    event ChallengeLeader(uint256 indexed batchIndex, bytes32 blockHash, address indexed challenger, uint64 committedAt);
    /// @notice Batches fromBatch..toBatch (inclusive) were reverted.
    event BatchesReverted(uint256 fromBatch, uint256 toBatch);
    /// @notice The bond of a reverted batch not proven fraudulent was made
    /// claimable by its submitter.
    event BondReleased(uint256 indexed batchIndex, address indexed submitter, uint256 amount);
    /// @notice `account` withdrew what it was owed.
    event Claimed(address indexed account, uint256 amount);

    /// @notice A constructor parameter is out of range.
    error InvalidConfig(string field);
    /// @notice A deposit or forced withdrawal names the zero address or the bridge as recipient.
    error InvalidRecipient(address recipient);
    /// @notice A token deposit names the zero address as token.
    error InvalidToken(address token);
    /// @notice A forced withdrawal of nothing.
    error ZeroAmount();
    /// @notice A deposit (for tokens: the amount actually received) is below the minimum.
    error DepositTooSmall(uint256 amount, uint256 min);
    /// @notice A deposit (for tokens: the amount actually received) is above the maximum.
    error DepositTooLarge(uint256 amount, uint256 max);
    /// @notice The contract's token balance went down during a deposit.
    error TokenBalanceDecreased(address token, uint256 before, uint256 afterwards);
    /// @notice The transaction has too little gas left to give a metadata call its full allowance.
    error InsufficientGasForMetadata();
    /// @notice Someone other than the sequencer posted while the inclusion window is closed.
    error NotSequencer(address caller);
    /// @notice A batch came with the wrong bond.
    error WrongBond(uint256 sent, uint256 required);
    /// @notice A batch without blocks.
    error EmptyBatch();
    /// @notice A blob batch's transaction carries no blob.
    error NoBlobs();
    /// @notice A blob batch's transaction carries more than `max` blobs.
    error TooManyBlobs(uint256 max);
    /// @notice A blob batch gives another number of lengths than of blocks.
    error LengthsMismatch(uint256 blocks, uint256 lengths);
    /// @notice Block `number`'s tx data would end at payload byte `end`, past
    /// the `capacity` bytes of the batch's blobs.
    error BlockOutsideBlobs(uint64 number, uint256 end, uint256 capacity);
    /// @notice A header's parent hash is not the hash of the block before it.
    error WrongParentHash(uint64 number, bytes32 expected, bytes32 posted);
    /// @notice A header's number is not its parent's + 1.
    error WrongBlockNumber(uint64 expected, uint64 posted);
    /// @notice A header's timestamp is before its parent's.
    error TimestampBeforeParent(uint64 number, uint64 timestamp, uint64 parentTimestamp);
    /// @notice A header's timestamp is after the L1 block's.
    error TimestampInFuture(uint64 number, uint64 timestamp, uint256 now);
    /// @notice A block's tx data is longer than MAX_TX_DATA_BYTES.
    error TxDataTooLarge(uint64 number, uint256 size);
    /// @notice keccak256 of a block's tx data differs from its header's txDataHash.
    error TxDataHashMismatch(uint64 number, bytes32 computed, bytes32 posted);
    /// @notice A header's queue cursor is below its parent's.
    error QueueCursorDecreasing(uint64 number, uint64 cursor, uint64 parentCursor);
    /// @notice A header's queue cursor is beyond the queue.
    error QueueCursorBeyondQueue(uint64 number, uint64 cursor, uint256 queueLength);
    /// @notice A block applies more than MAX_QUEUE_ITEMS_PER_BLOCK queue items.
    error TooManyQueueItems(uint64 number, uint256 count);
    /// @notice Block `number` leaves queue item `index` unapplied although
    /// the item is past the inclusion window and the block applies fewer
    /// than MAX_QUEUE_ITEMS_PER_BLOCK items: whoever posts must include it.
    error ForcedInclusionSkipped(uint64 number, uint64 index);
    /// @notice No batch with this index.
    error UnknownBatch(uint256 batchIndex);
    /// @notice No batch has been accepted yet.
    error NoBatches();
    /// @notice No queue item with this index.
    error UnknownQueueItem(uint256 index);
    /// @notice The batch is still inside its challenge window, which ends at `finalAt`.
    error ChallengeWindowOpen(uint256 batchIndex, uint256 finalAt);
    /// @notice The header is not a block of the batch (bad block proof).
    error BlockNotInBatch(uint256 batchIndex, bytes32 blockHash);
    /// @notice The withdrawal is not in the block's withdrawals root (bad proof).
    error BadWithdrawalProof(uint64 blockNumber, uint32 index);
    /// @notice The withdrawal has been paid out already.
    error WithdrawalAlreadyFinalized(uint64 blockNumber, uint32 index);
    /// @notice Sending ETH to `to` failed; nothing changed, and the call can be retried.
    error EthTransferFailed(address to, uint256 amount);
    /// @notice The batch's bond was returned already (or taken by a fraud proof).
    error BondNotHeld(uint256 batchIndex);
    /// @notice The batch's challenge window has ended: it is final.
    error ChallengeWindowClosed(uint256 batchIndex, uint256 finalAt);
    /// @notice The verifier found the block correct.
    error NoFraud();
    /// @notice Reverted batches are still to be settled ({settleRollback}).
    error RollbackPending(uint256 next, uint256 end);
    /// @notice Nothing to claim.
    error NothingToClaim(address account);
    /// @notice The caller never committed to this challenge (commitChallenge
    /// with keccak256(abi.encode(caller, batchIndex, blockHash, salt))).
    error UnknownCommitment(bytes32 commitment);
    /// @notice The commitment was recorded before the batch was posted (or
    /// in its L1 block): no one can commit to a block before it is posted.
    error CommitmentBeforeBatch(uint64 committedAt, uint64 submittedAt);
    /// @notice The commitment was recorded in this L1 block: it must be in an
    /// earlier one than the challenge that reveals it.
    error CommitmentNotEarlier(uint64 committedAt, uint256 now);
    /// @notice The caller has no staged challenge of this block.
    error UnknownChallenge(uint256 batchIndex, bytes32 blockHash);
    /// @notice A staged challenge's batch is no longer the one it was
    /// started against (a rollback replaced it).
    error BatchReplaced(uint256 batchIndex);
    /// @notice The batch carries its tx data in calldata, not in blobs.
    error NotABlobBatch(uint256 batchIndex);

    /// @param cfg The deployment parameters, checked here once and for all.
    constructor(Config memory cfg) {
        if (cfg.l2ChainId == 0 || cfg.l2ChainId > 1 << 53) revert InvalidConfig("l2ChainId");
        if (cfg.sequencer == address(0)) revert InvalidConfig("sequencer");
        if (cfg.challengeWindow == 0) revert InvalidConfig("challengeWindow");
        if (cfg.inclusionWindow == 0) revert InvalidConfig("inclusionWindow");
        if (cfg.bond == 0) revert InvalidConfig("bond");
        if (cfg.l2BaseFee == 0) revert InvalidConfig("l2BaseFee");
        if (cfg.minDeposit == 0 || cfg.minDeposit > cfg.maxDeposit || cfg.maxDeposit > 1 << 128) {
            revert InvalidConfig("deposit bounds");
        }
        if (cfg.minTokenDeposit == 0 || cfg.minTokenDeposit > cfg.maxTokenDeposit || cfg.maxTokenDeposit > 1 << 128) {
            revert InvalidConfig("token deposit bounds");
        }
        l2ChainId = cfg.l2ChainId;
        sequencer = cfg.sequencer;
        challengeWindow = cfg.challengeWindow;
        inclusionWindow = cfg.inclusionWindow;
        bond = cfg.bond;
        l2BaseFee = cfg.l2BaseFee;
        minDeposit = cfg.minDeposit;
        maxDeposit = cfg.maxDeposit;
        minTokenDeposit = cfg.minTokenDeposit;
        maxTokenDeposit = cfg.maxTokenDeposit;
        deployedAt = uint64(block.timestamp);
        fraudVerifier = new FraudVerifier(IQueue(address(this)), cfg.l2ChainId, cfg.l2BaseFee);
    }

    // ---------------------------------------------------------------------
    // The L1 queue: deposits and forced withdrawals
    // ---------------------------------------------------------------------

    /// @notice Deposits msg.value wei to `to` on L2.
    /// @param to The L2 recipient.
    /// @return index The queue item's index.
    function depositETH(address to) external payable nonReentrant returns (uint256 index) {
        _checkRecipient(to);
        _checkBounds(msg.value, minDeposit, maxDeposit);
        return _enqueue(Codec.KIND_DEPOSIT_ETH, msg.sender, to, address(0), msg.value);
    }

    /// @notice Deposits `amount` of the ERC-20 `token` (approved to this
    /// contract beforehand) to `to` on L2. The L2 credit is what the contract
    /// actually received, so a fee-on-transfer token credits less than
    /// `amount`; that received amount must lie within the token deposit
    /// bounds. The first deposit of a token records its metadata.
    /// @param token The ERC-20's L1 address, which is also its L2 address.
    /// @param to The L2 recipient.
    /// @param amount The amount to transfer from msg.sender.
    /// @return index The queue item's index.
    function depositToken(address token, address to, uint256 amount) external nonReentrant returns (uint256 index) {
        if (token == address(0)) revert InvalidToken(token);
        _checkRecipient(to);
        IERC20 t = IERC20(token);
        uint256 before = t.balanceOf(address(this));
        t.safeTransferFrom(msg.sender, address(this), amount);
        uint256 afterwards = t.balanceOf(address(this));
        if (afterwards < before) revert TokenBalanceDecreased(token, before, afterwards);
        uint256 received = afterwards - before;
        _checkBounds(received, minTokenDeposit, maxTokenDeposit);
        if (!_tokens[token].registered) _register(token);
        return _enqueue(Codec.KIND_DEPOSIT_TOKEN, msg.sender, to, token, received);
    }

    /// @notice Asks the L2 to withdraw up to `amount` of `token` (zero for
    /// ETH) from msg.sender's L2 balance to `recipient` on L1. msg.sender is
    /// the authority: no L2 signature is needed, and once the request is
    /// past the inclusion window no batch that leaves it out is accepted.
    /// The L2 takes what there is, up to `amount` (spec section 8); the
    /// withdrawal is then finalized like any other.
    /// @return index The queue item's index.
    function requestWithdrawal(address recipient, address token, uint256 amount) external returns (uint256 index) {
        if (recipient == address(0)) revert InvalidRecipient(recipient);
        if (amount == 0) revert ZeroAmount();
        return _enqueue(Codec.KIND_FORCED_WITHDRAWAL, msg.sender, recipient, token, amount);
    }

    function _checkRecipient(address to) private pure {
        if (to == address(0) || to == BRIDGE) revert InvalidRecipient(to);
    }

    function _checkBounds(uint256 amount, uint256 min, uint256 max) private pure {
        if (amount < min) revert DepositTooSmall(amount, min);
        if (amount > max) revert DepositTooLarge(amount, max);
    }

    function _enqueue(uint8 kind, address from, address to, address token, uint256 amount)
        private
        returns (uint256 index)
    {
        index = queueLength;
        _queueHashes[index] = Codec.hashQueueItem(kind, from, to, token, amount);
        _queueTimes[index >> 2] |= uint256(uint64(block.timestamp)) << ((index & 3) * 64);
        queueLength = index + 1;
        emit QueueItemAdded(index, kind, from, to, token, amount);
    }

    // Token metadata is read with bounded static calls: each gets exactly
    // METADATA_CALL_GAS and at most 128 bytes of return data are copied, so a
    // hostile token can neither burn the depositor's gas nor bomb memory.
    // A first depositor must not be able to starve the calls (by choosing a
    // tight gas limit) and have a well-behaved token recorded without
    // metadata forever. Today the storage writes after the calls already need
    // far more than the 1/64 of gas a starved call would leave; the explicit
    // check keeps that true whatever the code around it becomes.
    uint256 private constant METADATA_RETURN_BYTES = 128;

    function _register(address token) private {
        string memory name = _readString(token, 0x06fdde03); // name()
        string memory symbol = _readString(token, 0x95d89b41); // symbol()
        uint8 decimals = _readDecimals(token);
        TokenInfo storage info = _tokens[token];
        info.registered = true;
        info.decimals = decimals;
        info.name = name;
        info.symbol = symbol;
        emit TokenRegistered(token, name, symbol, decimals);
    }

    function _boundedStaticcall(address token, bytes4 selector)
        private
        view
        returns (bool ok, uint256 size, bytes memory buf)
    {
        // 64/63 of the allowance, plus the call's own cost, must be available.
        if (gasleft() < METADATA_CALL_GAS + METADATA_CALL_GAS / 63 + 5_000) revert InsufficientGasForMetadata();
        buf = new bytes(METADATA_RETURN_BYTES);
        assembly ("memory-safe") {
            mstore(0, selector)
            ok := staticcall(METADATA_CALL_GAS, token, 0, 4, add(buf, 32), METADATA_RETURN_BYTES)
            size := returndatasize()
        }
    }

    /// @dev Reads a string that a token returns either ABI-encoded (string)
    /// or as a bytes32 (older tokens such as MKR); anything else is "".
    function _readString(address token, bytes4 selector) private view returns (string memory) {
        (bool ok, uint256 size, bytes memory buf) = _boundedStaticcall(token, selector);
        if (!ok) return "";
        uint256 start;
        uint256 len;
        if (size == 32) {
            // bytes32: the string runs up to the first zero byte.
            while (len < 32 && buf[len] != 0) ++len;
        } else if (size >= 64) {
            uint256 offset;
            uint256 declared;
            assembly ("memory-safe") {
                offset := mload(add(buf, 32))
                declared := mload(add(buf, 64))
            }
            if (offset != 32 || declared > size - 64) return "";
            start = 64;
            len = declared < MAX_TOKEN_STRING_BYTES ? declared : MAX_TOKEN_STRING_BYTES;
        } else {
            return "";
        }
        bytes memory out = new bytes(len);
        for (uint256 i = 0; i < len; ++i) {
            out[i] = buf[start + i];
        }
        return string(out);
    }

    function _readDecimals(address token) private view returns (uint8) {
        (bool ok, uint256 size, bytes memory buf) = _boundedStaticcall(token, 0x313ce567); // decimals()
        if (!ok || size < 32) return DEFAULT_DECIMALS;
        uint256 d;
        assembly ("memory-safe") {
            d := mload(add(buf, 32))
        }
        return d <= type(uint8).max ? uint8(d) : DEFAULT_DECIMALS;
    }

    // ---------------------------------------------------------------------
    // Batches
    // ---------------------------------------------------------------------

    /// @notice Posts a batch of consecutive L2 blocks, continuing the last
    /// accepted block, with msg.value = bond. The contract hashes each
    /// block's tx data itself, checks the header chain and the queue cursor,
    /// and stores one commitment: the Merkle root over the blocks' hashes.
    /// Only the sequencer may post, unless the inclusion window is open. What
    /// is left of a rollback, if at most SETTLE_PER_CHALLENGE batches, is
    /// settled first; a longer one must be settled ({settleRollback}) before.
    /// @param blocks The blocks, in order.
    /// @return batchIndex The new batch's index.
    function submitBatch(BlockData[] calldata blocks) external payable nonReentrant returns (uint256 batchIndex) {
        Tip memory p;
        (batchIndex, p) = _startBatch();
        uint256 n = blocks.length;
        if (n == 0) revert EmptyBatch();
        uint256 qlen = queueLength;
        bytes32[] memory hashes = new bytes32[](n);
        for (uint256 i = 0; i < n; ++i) {
            Codec.Header calldata h = blocks[i].header;
            bytes calldata txData = blocks[i].txData;
            _checkLink(h, p);
            if (txData.length > MAX_TX_DATA_BYTES) revert TxDataTooLarge(h.number, txData.length);
            bytes32 dataHash = _hashCalldata(txData);
            if (dataHash != h.txDataHash) revert TxDataHashMismatch(h.number, dataHash, h.txDataHash);
            _checkCursor(h, p, qlen);
            hashes[i] = _advance(h, p);
        }
        _storeBatch(batchIndex, hashes, p, blocks[n - 1].header.stateRoot, bytes32(0));
    }

    /// @notice Posts a batch whose blocks' tx data travels in the blobs of
    /// this transaction (EIP-4844; spec section 17), with msg.value = bond.
    /// The blocks' tx data lies back to back over the blobs, 31 bytes to a
    /// field element; `lengths` says how long each block's is. The header
    /// chain, the queue cursor, the forced-inclusion rule, the bond and who
    /// may post are checked exactly as by {submitBatch}; the tx data is not
    /// visible here, so its hash is not (a fraud proof opens the blobs
    /// instead, {startBlobChallenge}). The batch's record also keeps
    /// `dataRoot`, the commitment to the blobs' versioned hashes and the
    /// lengths, and BlobBatchSubmitted announces both after BatchSubmitted.
    /// @param headers The blocks' headers, in order.
    /// @param lengths Each block's tx data length, in bytes, in block order.
    /// @return batchIndex The new batch's index.
    function submitBlobBatch(Codec.Header[] calldata headers, uint32[] calldata lengths)
        external
        payable
        nonReentrant
        returns (uint256 batchIndex)
    {
        Tip memory p;
        (batchIndex, p) = _startBatch();
        uint256 n = headers.length;
        if (n == 0) revert EmptyBatch();
        if (lengths.length != n) revert LengthsMismatch(n, lengths.length);
        bytes32[] memory blobs = _blobHashes();
        bytes32[] memory hashes = _checkBlobBlocks(headers, lengths, p, blobs.length * Blobs.BYTES_PER_BLOB);
        bytes32 dataRoot = Blobs.dataRoot(blobs, Blobs.lengthsHash(lengths));
        _storeBatch(batchIndex, hashes, p, headers[n - 1].stateRoot, dataRoot);
        emit BlobBatchSubmitted(batchIndex, blobs, lengths);
    }

    /// @dev Checks a blob batch's blocks in order, as {submitBatch} does
    /// with the lengths in place of the tx data, each block within the
    /// `capacity` payload bytes of the blobs; returns their hashes and
    /// leaves `p` at the last.
    function _checkBlobBlocks(
        Codec.Header[] calldata headers,
        uint32[] calldata lengths,
        Tip memory p,
        uint256 capacity
    ) private view returns (bytes32[] memory hashes) {
        uint256 qlen = queueLength;
        hashes = new bytes32[](headers.length);
        uint256 end;
        for (uint256 i = 0; i < headers.length; ++i) {
            Codec.Header calldata h = headers[i];
            _checkLink(h, p);
            uint256 len = lengths[i];
            if (len > MAX_TX_DATA_BYTES) revert TxDataTooLarge(h.number, len);
            end += len;
            if (end > capacity) revert BlockOutsideBlobs(h.number, end, capacity);
            _checkCursor(h, p, qlen);
            hashes[i] = _advance(h, p);
        }
    }

    /// @dev The versioned hashes of this transaction's blobs: at least one,
    /// at most MAX_BLOBS_PER_BATCH.
    function _blobHashes() private view returns (bytes32[] memory hs) {
        uint256 n;
        while (n <= MAX_BLOBS_PER_BATCH && blobhash(n) != 0) ++n;
        if (n == 0) revert NoBlobs();
        if (n > MAX_BLOBS_PER_BATCH) revert TooManyBlobs(MAX_BLOBS_PER_BATCH);
        hs = new bytes32[](n);
        for (uint256 i = 0; i < n; ++i) {
            hs[i] = blobhash(i);
        }
    }

    /// @dev The last accepted block, which a new batch continues.
    struct Tip {
        bytes32 hash;
        uint64 number;
        uint64 timestamp;
        uint64 cursor;
    }

    /// @dev What every batch checks before its blocks: who posts, the bond,
    /// a pending rollback (settled first if short); and the block it continues.
    function _startBatch() private returns (uint256 batchIndex, Tip memory p) {
        if (msg.sender != sequencer && !inclusionWindowOpen()) revert NotSequencer(msg.sender);
        if (msg.value != bond) revert WrongBond(msg.value, bond);
        if (rollbackEnd != 0) {
            // What is left of a rollback: the batch settles it, if it is short.
            _settle(SETTLE_PER_CHALLENGE);
            if (rollbackEnd != 0) revert RollbackPending(rollbackNext, rollbackEnd);
        }
        batchIndex = batchCount;
        p.hash = Codec.GENESIS_HASH;
        if (batchIndex > 0) {
            Batch storage b = _batches[batchIndex - 1];
            p.hash = b.lastBlockHash;
            p.number = b.lastBlock;
            p.timestamp = b.lastTimestamp;
            p.cursor = b.queueCursor;
        }
    }

    /// @dev Stores and announces the batch whose blocks' hashes are `hashes`
    /// and whose last block `p` now is.
    function _storeBatch(uint256 batchIndex, bytes32[] memory hashes, Tip memory p, bytes32 stateRoot, bytes32 dataRoot)
        private
    {
        uint64 firstBlock = p.number - uint64(hashes.length) + 1;
        bytes32 root = Codec.merkleRoot(hashes);
        _batches[batchIndex] = Batch({
            blocksRoot: root,
            lastBlockHash: p.hash,
            stateRoot: stateRoot,
            lastBlock: p.number,
            lastTimestamp: p.timestamp,
            queueCursor: p.cursor,
            submittedAt: uint64(block.timestamp),
            submitter: msg.sender,
            firstBlock: firstBlock,
            bondHeld: true,
            dataRoot: dataRoot
        });
        batchCount = batchIndex + 1;
        emit BatchSubmitted(batchIndex, msg.sender, firstBlock, p.number, root, p.hash, stateRoot, p.cursor);
    }

    /// @dev The header continues `p`: parent hash, number, timestamps.
    function _checkLink(Codec.Header calldata h, Tip memory p) private view {
        if (h.parentHash != p.hash) revert WrongParentHash(h.number, p.hash, h.parentHash);
        if (h.number != p.number + 1) revert WrongBlockNumber(p.number + 1, h.number);
        if (h.timestamp < p.timestamp) revert TimestampBeforeParent(h.number, h.timestamp, p.timestamp);
        if (h.timestamp > block.timestamp) revert TimestampInFuture(h.number, h.timestamp, block.timestamp);
    }

    /// @dev The header's queue cursor: within the queue, at most
    /// MAX_QUEUE_ITEMS_PER_BLOCK past the parent's, and the forced-inclusion
    /// rule.
    function _checkCursor(Codec.Header calldata h, Tip memory p, uint256 qlen) private view {
        if (h.queueCursor < p.cursor) revert QueueCursorDecreasing(h.number, h.queueCursor, p.cursor);
        if (h.queueCursor > qlen) revert QueueCursorBeyondQueue(h.number, h.queueCursor, qlen);
        uint256 applied = h.queueCursor - p.cursor;
        if (applied > MAX_QUEUE_ITEMS_PER_BLOCK) revert TooManyQueueItems(h.number, applied);
        // Forced inclusion, judged with L1's own clock: a block that could
        // apply more queue items must not leave the cursor at one past the
        // inclusion window. Queue times grow with the index, so the item at
        // the cursor is the oldest left; where expired items piled up, each
        // block applies MAX_QUEUE_ITEMS_PER_BLOCK of them until none is left.
        // The item's time is read only when the block leaves one and could
        // have applied it.
        if (
            applied < MAX_QUEUE_ITEMS_PER_BLOCK && h.queueCursor < qlen
                && block.timestamp > uint256(_queueTime(h.queueCursor)) + inclusionWindow
        ) {
            revert ForcedInclusionSkipped(h.number, h.queueCursor);
        }
    }

    /// @dev Moves `p` on to `h` and returns `h`'s hash.
    function _advance(Codec.Header calldata h, Tip memory p) private pure returns (bytes32 hash) {
        hash = Codec.hashHeader(h);
        p.hash = hash;
        p.number = h.number;
        p.timestamp = h.timestamp;
        p.cursor = h.queueCursor;
    }

    /// @dev keccak256 of calldata bytes through scratch memory past the free
    /// memory pointer, which is not advanced: a batch of many blocks must
    /// not grow memory (and its quadratic cost) with every block's tx data.
    function _hashCalldata(bytes calldata data) private pure returns (bytes32 h) {
        assembly ("memory-safe") {
            let ptr := mload(0x40)
            calldatacopy(ptr, data.offset, data.length)
            h := keccak256(ptr, data.length)
        }
    }

    /// @notice Whether anyone with a bond may post now: no batch for longer
    /// than the inclusion window, or the oldest queue item that no accepted
    /// block has applied is older than the inclusion window.
    function inclusionWindowOpen() public view returns (bool) {
        uint256 count = batchCount;
        uint256 lastPost = deployedAt;
        uint256 cursor;
        if (count > 0) {
            Batch storage b = _batches[count - 1];
            lastPost = b.submittedAt;
            cursor = b.queueCursor;
        }
        if (block.timestamp > lastPost + inclusionWindow) return true;
        return cursor < queueLength && block.timestamp > _queueTime(cursor) + inclusionWindow;
    }

    // ---------------------------------------------------------------------
    // Withdrawals and bonds
    // ---------------------------------------------------------------------

    /// @notice Pays out a withdrawal of a block in a batch past its challenge
    /// window, once. Anyone may call it; the payment goes to the recipient the
    /// leaf names. If the payment fails (the recipient refuses ETH, the token
    /// reverts or returns false) the call reverts and nothing changes: the
    /// withdrawal stays unspent and can be retried, and no other withdrawal
    /// is affected.
    /// @param batchIndex The batch that holds the block.
    /// @param header The block's header.
    /// @param blockProof Siblings proving the header's hash under the batch's blocksRoot.
    /// @param w The withdrawal (its block number is header.number).
    /// @param withdrawalProof Siblings proving the leaf under header.withdrawalsRoot.
    function finalizeWithdrawal(
        uint256 batchIndex,
        Codec.Header calldata header,
        bytes32[] calldata blockProof,
        Withdrawal calldata w,
        bytes32[] calldata withdrawalProof
    ) external nonReentrant {
        Batch storage b = _finalBatch(batchIndex);
        bytes32 blockHash = Codec.hashHeader(header);
        if (!MerkleProof.verifyCalldata(blockProof, b.blocksRoot, blockHash)) {
            revert BlockNotInBatch(batchIndex, blockHash);
        }
        bytes32 leaf = Codec.withdrawalLeaf(header.number, w.index, w.recipient, w.token, w.amount);
        if (!MerkleProof.verifyCalldata(withdrawalProof, header.withdrawalsRoot, leaf)) {
            revert BadWithdrawalProof(header.number, w.index);
        }
        (uint256 word, uint256 mask) = _spentBit(header.number, w.index);
        uint256 bits = _spent[word];
        if (bits & mask != 0) revert WithdrawalAlreadyFinalized(header.number, w.index);
        _spent[word] = bits | mask;
        emit WithdrawalFinalized(header.number, w.index, w.recipient, w.token, w.amount);
        if (w.token == address(0)) {
            _sendETH(w.recipient, w.amount);
        } else {
            IERC20(w.token).safeTransfer(w.recipient, w.amount);
        }
    }

    /// @notice Returns the bond of a batch past its challenge window to its
    /// submitter. Anyone may call it.
    function reclaimBond(uint256 batchIndex) external nonReentrant {
        _finalBatch(batchIndex);
        (address submitter, uint256 amount) = _releaseBond(batchIndex);
        emit BondReclaimed(batchIndex, submitter, amount);
        _sendETH(submitter, amount);
    }

    /// @dev Takes a batch's bond out of the batch: the one place a bond
    /// leaves, for {reclaimBond} now and for the fraud proof's slashing later.
    function _releaseBond(uint256 batchIndex) internal returns (address submitter, uint256 amount) {
        Batch storage b = _batches[batchIndex];
        if (!b.bondHeld) revert BondNotHeld(batchIndex);
        b.bondHeld = false;
        return (b.submitter, bond);
    }

    function _finalBatch(uint256 batchIndex) private view returns (Batch storage b) {
        if (batchIndex >= batchCount) revert UnknownBatch(batchIndex);
        b = _batches[batchIndex];
        uint256 finalAt = uint256(b.submittedAt) + challengeWindow;
        if (block.timestamp < finalAt) revert ChallengeWindowOpen(batchIndex, finalAt);
    }

    function _spentBit(uint64 blockNumber, uint32 index) private pure returns (uint256 word, uint256 mask) {
        uint256 key = (uint256(blockNumber) << 32) | index;
        return (key >> 8, 1 << (key & 0xff));
    }

    /// @dev Sends ETH with all the gas left and without copying return data.
    function _sendETH(address to, uint256 amount) private {
        bool ok;
        assembly ("memory-safe") {
            ok := call(gas(), to, amount, 0, 0, 0, 0)
        }
        if (!ok) revert EthTransferFailed(to, amount);
    }

    // ---------------------------------------------------------------------
    // Fraud proofs (spec section 16)
    // ---------------------------------------------------------------------

    /// @dev L1 time of each challenge commitment, set once (commitChallenge).
    mapping(bytes32 commitment => uint64) private _commits;

    /// @notice Who is rewarded when a block is proven: the challenger who
    /// revealed the earliest commitment to it (spec section 16.1).
    struct Leader {
        address challenger;
        uint64 committedAt;
    }

    /// @dev Leaders by keccak256(abi.encode(batchIndex, blocksRoot, blockHash)).
    mapping(bytes32 target => Leader) private _leaders;

    /// @notice Records `commitment` = keccak256(abi.encode(challenger,
    /// batchIndex, blockHash, salt)), with a secret salt, at the L1 time of
    /// this block, the first time it is seen (later calls change nothing).
    /// A challenge reveals the salt; its reward goes to the challenger who
    /// revealed the earliest commitment to the block (spec section 16.1), so
    /// that whoever copies a challenge from the mempool, committing only
    /// then, is never paid. The commitment names no block: watching it
    /// shows nothing to copy.
    function commitChallenge(bytes32 commitment) external nonReentrant {
        if (_commits[commitment] == 0) _commits[commitment] = uint64(block.timestamp);
    }

    /// @notice The L1 time at which `commitment` was recorded (zero: never).
    function challengeCommitment(bytes32 commitment) external view returns (uint64) {
        return _commits[commitment];
    }

    /// @notice Reveals the caller's commitment to block `blockHash` of batch
    /// `batchIndex` without proving it: the caller becomes the block's
    /// leader if no one revealed an earlier commitment to it. A challenger
    /// reveals before it sends its proof, so that a copier who keeps the
    /// proof out of L1 for a block while it commits and proves in its place
    /// still pays the challenger.
    function revealChallenge(uint256 batchIndex, bytes32 blockHash, bytes32 salt) external nonReentrant {
        if (batchIndex >= batchCount) revert UnknownBatch(batchIndex);
        Batch storage b = _batches[batchIndex];
        uint256 finalAt = uint256(b.submittedAt) + challengeWindow;
        if (block.timestamp >= finalAt) revert ChallengeWindowClosed(batchIndex, finalAt);
        _reveal(batchIndex, b, blockHash, salt);
    }

    /// @notice The leader of block `blockHash` of batch `batchIndex` as the
    /// batch stands now: who a proof of it would reward, and when it
    /// committed (zero address: none yet).
    function challengeLeader(uint256 batchIndex, bytes32 blockHash)
        external
        view
        returns (address challenger, uint64 committedAt)
    {
        if (batchIndex >= batchCount) return (address(0), 0);
        Batch storage b = _batches[batchIndex];
        Leader storage l = _leaders[_targetId(batchIndex, b.blocksRoot, blockHash)];
        if (l.committedAt <= b.submittedAt) return (address(0), 0);
        return (l.challenger, l.committedAt);
    }

    /// @dev Checks the caller's commitment to the block and makes the caller
    /// its leader if its commitment is the earliest revealed (ties keep the
    /// first revealed). A leader whose commitment is not later than the
    /// batch's submission belongs to an earlier batch of the same index and
    /// blocks, and counts for nothing.
    function _reveal(uint256 batchIndex, Batch storage b, bytes32 blockHash, bytes32 salt) private {
        bytes32 commitment = keccak256(abi.encode(msg.sender, batchIndex, blockHash, salt));
        uint64 at = _commits[commitment];
        if (at == 0) revert UnknownCommitment(commitment);
        uint64 submittedAt = b.submittedAt;
        if (at <= submittedAt) revert CommitmentBeforeBatch(at, submittedAt);
        if (at >= block.timestamp) revert CommitmentNotEarlier(at, block.timestamp);
        Leader storage l = _leaders[_targetId(batchIndex, b.blocksRoot, blockHash)];
        if (l.challenger == address(0) || l.committedAt <= submittedAt || at < l.committedAt) {
            l.challenger = msg.sender;
            l.committedAt = at;
            emit ChallengeLeader(batchIndex, blockHash, msg.sender, at);
        }
    }

    function _targetId(uint256 batchIndex, bytes32 blocksRoot, bytes32 blockHash) private pure returns (bytes32) {
        return keccak256(abi.encode(batchIndex, blocksRoot, blockHash));
    }

    /// @notice A fraud proof against one block of a batch.
    /// @param batchIndex The batch holding the block.
    /// @param parent The block's parent header, encoded (spec section 10).
    /// @param header The block's header, encoded.
    /// @param blockProof Siblings proving keccak256(header) under the batch's blocksRoot.
    /// @param txData The block's tx data.
    /// @param queueItems The encodings of the queue items the block applies.
    /// @param witness The state witness (spec section 16).
    /// @param salt The salt of the caller's commitment (commitChallenge).
    struct Challenge {
        uint256 batchIndex;
        bytes parent;
        bytes header;
        bytes32[] blockProof;
        bytes txData;
        bytes queueItems;
        bytes witness;
        bytes32 salt;
    }

    /// @notice Proves a block of batch `c.batchIndex` fraudulent while the
    /// batch is inside its challenge window. The block's header must be
    /// under the batch's blocksRoot, and the caller must have committed to
    /// it (commitChallenge) after the batch was posted and before this L1
    /// block; the verifier re-executes it. On fraud the batch and every
    /// later one are reverted (the chain continues from the batch before,
    /// and so does the queue cursor), the batch's bond is slashed:
    /// CHALLENGER_SHARE_PERCENT to the block's leader (claimable: the
    /// challenger who revealed the earliest commitment, the caller if no one
    /// revealed an earlier one), the rest burned. Later batches' bonds go
    /// back to their submitters through {settleRollback}, which this call
    /// starts.
    function challenge(Challenge calldata c) external nonReentrant {
        Batch storage b = _challengeable(c.batchIndex, c.header, c.blockProof);
        bytes32 blockHash = _hashCalldata(c.header);
        _reveal(c.batchIndex, b, blockHash, c.salt);
        FraudVerifier.Result memory r = fraudVerifier.verify(c.parent, c.header, c.txData, c.queueItems, c.witness);
        if (r.fraud == FraudVerifier.Fraud.None) revert NoFraud();
        _slash(c.batchIndex, uint64(bytes8(c.header[32:40])), blockHash, r);
    }

    /// @notice The first transaction of a staged challenge (spec section
    /// 16.2), for a block whose proof is too large for one transaction.
    /// @param batchIndex The batch holding the block.
    /// @param parent The block's parent header, encoded (spec section 10).
    /// @param header The block's header, encoded.
    /// @param blockProof Siblings proving keccak256(header) under the batch's blocksRoot.
    /// @param txData The block's tx data.
    /// @param queueItems The encodings of the queue items the block applies.
    /// @param values The witness's entries without their proofs (section 16.2).
    /// @param salt The salt of the caller's commitment (commitChallenge).
    struct ChallengeStart {
        uint256 batchIndex;
        bytes parent;
        bytes header;
        bytes32[] blockProof;
        bytes txData;
        bytes queueItems;
        bytes values;
        bytes32 salt;
    }

    /// @notice A staged challenge in progress: what its chunks must still
    /// prove, and the verdict they will confirm.
    struct Session {
        bytes32 blocksRoot; // the batch's when started (zero: no session)
        bytes32 digest; // of the entries not proven yet
        bytes32 root; // where the next chunk's proofs start
        bytes32 stateRoot; // the header's
        uint64 blockNumber;
        uint64 submittedAt; // the batch's when started
        uint16 remaining; // entries not proven yet
        uint16 txIndex;
        uint8 fraud;
        uint8 rule;
        bool commit;
    }

    /// @dev Staged challenges by keccak256(abi.encode(challenger, batchIndex, blockHash)).
    mapping(bytes32 id => Session) private _sessions;

    /// @notice Starts a staged challenge: checks what {challenge} checks
    /// (the caller's commitment included: starting reveals it) and executes
    /// the block on the claimed values (FraudVerifier.open). When the
    /// verdict needs no state (the tx data does not decode) or reads none,
    /// it is final at once; otherwise the caller proves the values in chunks
    /// with {continueChallenge}, and the last chunk applies the verdict as
    /// {challenge} does, rewarding the block's leader. A caller's earlier
    /// session for the same block (one whose batch a rollback replaced by a
    /// batch holding the same block, say) is started afresh.
    function startChallenge(ChallengeStart calldata c) external nonReentrant {
        Batch storage b = _challengeable(c.batchIndex, c.header, c.blockProof);
        bytes32 blockHash = _hashCalldata(c.header);
        _reveal(c.batchIndex, b, blockHash, c.salt);
        bytes32 id = _sessionId(msg.sender, c.batchIndex, blockHash);
        (FraudVerifier.Result memory r, FraudVerifier.Stage memory st) =
            fraudVerifier.open(c.parent, c.header, c.txData, c.queueItems, c.values);
        uint64 number = uint64(bytes8(c.header[32:40]));
        if (st.count == 0) {
            if (r.fraud == FraudVerifier.Fraud.None) revert NoFraud();
            delete _sessions[id];
            _slash(c.batchIndex, number, blockHash, r);
            return;
        }
        _sessions[id] = Session({
            blocksRoot: b.blocksRoot,
            digest: st.digest,
            root: st.parentRoot,
            stateRoot: st.stateRoot,
            blockNumber: number,
            submittedAt: b.submittedAt,
            remaining: uint16(st.count), // a witness counts at most 2^16 - 1 entries
            txIndex: uint16(r.txIndex), // a block holds at most 64 transactions
            fraud: uint8(r.fraud),
            rule: uint8(r.rule),
            commit: st.commit
        });
        emit ChallengeStarted(msg.sender, c.batchIndex, number, blockHash, st.count);
    }

    /// @notice Proves the next chunk of the caller's staged challenge of
    /// block `blockHash` in batch `batchIndex` (FraudVerifier.prove). The
    /// chunk that proves the last entry decides: if the batch is still the
    /// one the challenge started against, inside its challenge window, and
    /// the verdict is fraud, it is applied as by {challenge}, rewarding the
    /// block's leader; otherwise that chunk reverts (BatchReplaced,
    /// UnknownBatch, ChallengeWindowClosed, NoFraud).
    function continueChallenge(uint256 batchIndex, bytes32 blockHash, bytes calldata chunk) external nonReentrant {
        bytes32 id = _sessionId(msg.sender, batchIndex, blockHash);
        Session storage ss = _sessions[id];
        if (ss.blocksRoot == 0) revert UnknownChallenge(batchIndex, blockHash);
        (bytes32 root, bytes32 rest, uint256 n) = fraudVerifier.prove(ss.commit, ss.root, ss.digest, chunk);
        // n <= remaining: the digest commits to exactly the entries left,
        // and a chunk that proves the last one hands on the zero digest.
        if (n < ss.remaining) {
            ss.root = root;
            ss.digest = rest;
            ss.remaining -= uint16(n);
            return;
        }
        Session memory s = ss;
        delete _sessions[id];
        _sameBatch(batchIndex, s.blocksRoot, s.submittedAt);
        FraudVerifier.Fraud f = FraudVerifier.Fraud(s.fraud);
        if (f == FraudVerifier.Fraud.None && s.commit && root != s.stateRoot) f = FraudVerifier.Fraud.StateRoot;
        if (f == FraudVerifier.Fraud.None) revert NoFraud();
        _slash(batchIndex, s.blockNumber, blockHash, FraudVerifier.Result(f, s.txIndex, FraudVerifier.Rule(s.rule)));
    }

    /// @dev What a multi-transaction challenge checks at its last step: the
    /// batch still exists, is the one the challenge started against, and is
    /// inside its challenge window.
    function _sameBatch(uint256 batchIndex, bytes32 blocksRoot, uint64 submittedAt) private view {
        if (batchIndex >= batchCount) revert UnknownBatch(batchIndex);
        Batch storage b = _batches[batchIndex];
        if (b.blocksRoot != blocksRoot || b.submittedAt != submittedAt) revert BatchReplaced(batchIndex);
        uint256 finalAt = uint256(submittedAt) + challengeWindow;
        if (block.timestamp >= finalAt) revert ChallengeWindowClosed(batchIndex, finalAt);
    }

    /// @notice The staged challenge of `challenger` against
    /// block `blockHash` of batch `batchIndex` (blocksRoot zero: none).
    function challengeSession(address challenger, uint256 batchIndex, bytes32 blockHash)
        external
        view
        returns (Session memory)
    {
        return _sessions[_sessionId(challenger, batchIndex, blockHash)];
    }

    function _sessionId(address challenger, uint256 batchIndex, bytes32 blockHash) private pure returns (bytes32) {
        return keccak256(abi.encode(challenger, batchIndex, blockHash));
    }

    // ---------------------------------------------------------------------
    // Blob challenges (spec section 17.3)
    // ---------------------------------------------------------------------

    /// @notice The first transaction of a challenge that a block of a blob
    /// batch is not the data its blobs hold at its place (TxDataNotInBlobs).
    /// @param batchIndex The blob batch holding the block.
    /// @param header The block's header, encoded (spec section 10).
    /// @param blockProof Siblings proving keccak256(header) under the batch's blocksRoot.
    /// @param blobHashes The batch's blobs' versioned hashes, in order.
    /// @param lengths Every block's tx data length in the batch, 4-byte
    /// big-endian integers back to back, in block order.
    /// @param salt The salt of the caller's commitment (commitChallenge).
    struct BlobChallengeStart {
        uint256 batchIndex;
        bytes header;
        bytes32[] blockProof;
        bytes32[] blobHashes;
        bytes lengths;
        bytes32 salt;
    }

    /// @notice Starts a blob challenge: checks what {challenge} checks (the
    /// caller's commitment included: starting reveals it), that the batch is
    /// a blob batch whose commitment the given blob hashes and lengths
    /// match, and finds the field elements that hold the block's tx data
    /// (FraudVerifier.startBlobSession, which keeps the session). A block
    /// without tx data is decided at once (fraud iff its txDataHash is not
    /// keccak256 of nothing); otherwise the caller opens the elements with
    /// {openBlobChallenge} and ends with {finishBlobChallenge}. A caller's
    /// earlier session for the block is started afresh.
    function startBlobChallenge(BlobChallengeStart calldata c) external nonReentrant {
        Batch storage b = _challengeable(c.batchIndex, c.header, c.blockProof);
        bytes32 blockHash = _hashCalldata(c.header);
        _reveal(c.batchIndex, b, blockHash, c.salt);
        if (b.dataRoot == 0) revert NotABlobBatch(c.batchIndex);
        (uint64 number, uint256 elements, bool fraud) = fraudVerifier.startBlobSession(
            _sessionId(msg.sender, c.batchIndex, blockHash),
            FraudVerifier.BlobBatch(b.blocksRoot, b.dataRoot, b.firstBlock, b.lastBlock, b.submittedAt),
            c.header,
            c.blobHashes,
            c.lengths
        );
        if (elements != 0) {
            emit BlobChallengeStarted(msg.sender, c.batchIndex, number, blockHash, elements);
            return;
        }
        if (!fraud) revert NoFraud();
        _slash(c.batchIndex, number, blockHash, _notInBlobs());
    }

    /// @notice Opens the next field elements of the caller's blob challenge
    /// of block `blockHash` in batch `batchIndex`, in order, with the
    /// point-evaluation precompile (FraudVerifier.openBlobSession).
    /// @param commitments The KZG commitment (48 bytes) of the blob of the
    /// block's first element, followed by that of the blob after it if the
    /// block's elements reach into it.
    /// @param openings Per element, in order from the session's next one:
    /// its 32 bytes ‖ the 48-byte KZG proof of its value at its point.
    function openBlobChallenge(
        uint256 batchIndex,
        bytes32 blockHash,
        bytes calldata commitments,
        bytes calldata openings
    ) external nonReentrant {
        bytes32 id = _sessionId(msg.sender, batchIndex, blockHash);
        if (!fraudVerifier.openBlobSession(id, commitments, openings)) revert UnknownChallenge(batchIndex, blockHash);
    }

    /// @notice Ends the caller's blob challenge once every element is
    /// opened: `elements` are the opened elements again (32 bytes each, in
    /// order), which must be exactly those opened; the block's tx data is
    /// the payload bytes at its place in them (FraudVerifier.finishBlobSession).
    /// If an element's first byte is not zero, or the tx data's keccak256 is
    /// not the header's txDataHash, the block is fraudulent
    /// (TxDataNotInBlobs) and the verdict is applied as by {challenge},
    /// rewarding the block's leader; otherwise NoFraud. The batch must still
    /// be the one the challenge started against and inside its window
    /// (BatchReplaced, UnknownBatch, ChallengeWindowClosed).
    function finishBlobChallenge(uint256 batchIndex, bytes32 blockHash, bytes calldata elements)
        external
        nonReentrant
    {
        FraudVerifier.BlobVerdict memory v =
            fraudVerifier.finishBlobSession(_sessionId(msg.sender, batchIndex, blockHash), elements);
        if (v.blocksRoot == 0) revert UnknownChallenge(batchIndex, blockHash);
        _sameBatch(batchIndex, v.blocksRoot, v.submittedAt);
        if (!v.fraud) revert NoFraud();
        _slash(batchIndex, v.number, blockHash, _notInBlobs());
    }

    /// @notice How far the blob challenge of `challenger` against block
    /// `blockHash` of batch `batchIndex` has come: the next element to open
    /// and one past the last, counted over the batch's blobs (both zero: no
    /// session).
    function blobChallengeProgress(address challenger, uint256 batchIndex, bytes32 blockHash)
        external
        view
        returns (uint256 next, uint256 end)
    {
        return fraudVerifier.blobSessionProgress(_sessionId(challenger, batchIndex, blockHash));
    }

    function _notInBlobs() private pure returns (FraudVerifier.Result memory) {
        return FraudVerifier.Result(FraudVerifier.Fraud.TxDataNotInBlobs, 0, FraudVerifier.Rule.None);
    }

    /// @dev What every challenge checks first: the batch exists and is
    /// inside its challenge window, and the header is under its blocksRoot.
    /// A pending rollback does not matter: a challenge never waits on
    /// another's bookkeeping ({_slash} merges the ranges).
    function _challengeable(uint256 batchIndex, bytes calldata header, bytes32[] calldata blockProof)
        private
        view
        returns (Batch storage b)
    {
        if (batchIndex >= batchCount) revert UnknownBatch(batchIndex);
        b = _batches[batchIndex];
        uint256 finalAt = uint256(b.submittedAt) + challengeWindow;
        if (block.timestamp >= finalAt) revert ChallengeWindowClosed(batchIndex, finalAt);
        bytes32 blockHash = _hashCalldata(header);
        if (!MerkleProof.verifyCalldata(blockProof, b.blocksRoot, blockHash)) {
            revert BlockNotInBatch(batchIndex, blockHash);
        }
    }

    /// @dev Applies a proven fraud: the batch and every later one are
    /// reverted, the bond slashed (half to the block's leader, the rest
    /// burned), and the rollback started.
    function _slash(uint256 batchIndex, uint64 blockNumber, bytes32 blockHash, FraudVerifier.Result memory r) private {
        bytes32 target = _targetId(batchIndex, _batches[batchIndex].blocksRoot, blockHash);
        // Every proof revealed a commitment first, so the block has a
        // leader; the caller stands in should that ever not hold.
        address rewarded = _leaders[target].challenger;
        if (rewarded == address(0)) rewarded = msg.sender;
        delete _leaders[target];
        (, uint256 amount) = _releaseBond(batchIndex);
        uint256 reward = amount * CHALLENGER_SHARE_PERCENT / 100;
        claimable[rewarded] += reward;
        uint256 count = batchCount;
        batchCount = batchIndex;
        // The reverted batches still to settle: batchIndex + 1 up to the
        // batch count before this proof, or up to the end of a rollback
        // still pending (its batches lie above the count: none was accepted
        // since). In the merged range, the batch an earlier proof slashed
        // and those already settled hold no bond and are skipped by
        // _settle; every other one was reverted unproven, and its submitter
        // is owed its bond.
        uint256 end = rollbackEnd > count ? rollbackEnd : count;
        if (end > batchIndex + 1) {
            rollbackNext = batchIndex + 1;
            rollbackEnd = end;
        }
        emit FraudProven(
            batchIndex, blockNumber, rewarded, uint8(r.fraud), r.txIndex, uint8(r.rule), reward, amount - reward
        );
        emit BatchesReverted(batchIndex, count - 1);
        _settle(SETTLE_PER_CHALLENGE);
        // Burned: sent to the zero address, out of every account's reach.
        _sendETH(address(0), amount - reward);
    }

    /// @notice How many reverted batches a challenge settles itself.
    uint256 public constant SETTLE_PER_CHALLENGE = 32;

    /// @notice Settles up to `maxBatches` more reverted batches (their bonds
    /// become claimable by their submitters). Anyone may call it; batches
    /// are accepted again once every reverted batch is settled.
    function settleRollback(uint256 maxBatches) external nonReentrant {
        _settle(maxBatches);
    }

    function _settle(uint256 maxBatches) private {
        uint256 next = rollbackNext;
        uint256 end = rollbackEnd;
        if (end == 0) return;
        for (uint256 n = 0; n < maxBatches && next < end; ++n) {
            Batch storage b = _batches[next];
            if (b.bondHeld) {
                b.bondHeld = false;
                claimable[b.submitter] += bond;
                emit BondReleased(next, b.submitter, bond);
            }
            ++next;
        }
        if (next == end) {
            rollbackNext = 0;
            rollbackEnd = 0;
        } else {
            rollbackNext = next;
        }
    }

    /// @notice Pays the caller what it is owed (challenge rewards, bonds of
    /// reverted batches). Pull, not push: a recipient that refuses ETH
    /// cannot block a challenge or a rollback.
    function claim() external nonReentrant {
        uint256 amount = claimable[msg.sender];
        if (amount == 0) revert NothingToClaim(msg.sender);
        claimable[msg.sender] = 0;
        emit Claimed(msg.sender, amount);
        _sendETH(msg.sender, amount);
    }

    // ---------------------------------------------------------------------
    // Views
    // ---------------------------------------------------------------------

    /// @notice The batch with index `batchIndex`.
    function getBatch(uint256 batchIndex) external view returns (Batch memory) {
        if (batchIndex >= batchCount) revert UnknownBatch(batchIndex);
        return _batches[batchIndex];
    }

    /// @notice The latest batch: its index, L2 block range and state root.
    function latestBatch()
        external
        view
        returns (uint256 batchIndex, uint64 firstBlock, uint64 lastBlock, bytes32 stateRoot)
    {
        uint256 count = batchCount;
        if (count == 0) revert NoBatches();
        Batch storage b = _batches[count - 1];
        return (count - 1, b.firstBlock, b.lastBlock, b.stateRoot);
    }

    /// @notice The last accepted L2 block (the genesis block before any batch):
    /// what the next batch must continue.
    function latestBlock()
        external
        view
        returns (uint64 number, bytes32 blockHash, uint64 timestamp, uint64 cursor, bytes32 stateRoot)
    {
        uint256 count = batchCount;
        if (count == 0) return (0, Codec.GENESIS_HASH, 0, 0, bytes32(0));
        Batch storage b = _batches[count - 1];
        return (b.lastBlock, b.lastBlockHash, b.lastTimestamp, b.queueCursor, b.stateRoot);
    }

    /// @notice Number of queue items applied by the accepted blocks.
    function queueCursor() public view returns (uint64) {
        uint256 count = batchCount;
        return count == 0 ? 0 : _batches[count - 1].queueCursor;
    }

    /// @notice keccak256 of queue item `index`'s encoding (spec section 8).
    function queueItemHash(uint256 index) external view returns (bytes32) {
        if (index >= queueLength) revert UnknownQueueItem(index);
        return _queueHashes[index];
    }

    /// @notice L1 timestamp at which queue item `index` was added.
    function queueItemTime(uint256 index) external view returns (uint64) {
        if (index >= queueLength) revert UnknownQueueItem(index);
        return _queueTime(index);
    }

    function _queueTime(uint256 index) private view returns (uint64) {
        return uint64(_queueTimes[index >> 2] >> ((index & 3) * 64));
    }

    /// @notice Whether batch `batchIndex` exists and is past its challenge window.
    function isFinalized(uint256 batchIndex) external view returns (bool) {
        if (batchIndex >= batchCount) return false;
        return block.timestamp >= uint256(_batches[batchIndex].submittedAt) + challengeWindow;
    }

    /// @notice Whether the withdrawal (blockNumber, index) has been paid out.
    function isWithdrawalFinalized(uint64 blockNumber, uint32 index) external view returns (bool) {
        (uint256 word, uint256 mask) = _spentBit(blockNumber, index);
        return _spent[word] & mask != 0;
    }

    /// @notice The metadata recorded for `token` (registered = false if never deposited).
    function tokenInfo(address token) external view returns (TokenInfo memory) {
        return _tokens[token];
    }
}
