// SPDX-License-Identifier: MIT
pragma solidity 0.8.34;

import {Blobs} from "./Blobs.sol";
import {Codec} from "./Codec.sol";
import {StateUpdate} from "./StateUpdate.sol";
import {TxDecoder} from "./TxDecoder.sol";

/// @notice Where the verifier reads the L1 queue's stored item hashes: the
/// Rollup (spec section 15), the only source it trusts for queue items.
interface IQueue {
    function queueItemHash(uint256 index) external view returns (bytes32);
}

/// @title FraudVerifier
/// @notice Re-executes one posted L2 block on L1 with exactly the rules of
/// docs/spec.md (sections 5 to 11; the Go package core is the reference)
/// and says whether the posted header is fraudulent, and why. The block's
/// inputs are authenticated by what L1 already holds: the parent header by
/// the block's parentHash, the tx data by its txDataHash, the queue items by
/// the queue's stored hashes, and every state value by a Merkle proof from
/// the parent's state root (the witness, spec section 16).
/// @dev A wrong or incomplete input or witness reverts; it never yields a
/// verdict. So "fraud" is returned only when the block, executed on values
/// proven against the parent's state root, disagrees with its header.
contract FraudVerifier {
    /// @notice What is wrong with a block (None: nothing, the header is correct).
    enum Fraud {
        None,
        MalformedTxData,
        TooManyTxs,
        InvalidTx,
        FeeCreditOverflow,
        WithdrawalsRoot,
        StateRoot,
        TxDataNotInBlobs
    }

    /// @notice The rule an invalid transaction breaks (spec sections 5.3, 5.4).
    enum Rule {
        None,
        BridgeNotToken,
        ZeroAmount,
        GasLimitTooHigh,
        IntrinsicGas,
        TipAboveFeeCap,
        FeeCapTooLow,
        InvalidSender,
        NonceTooLow,
        NonceTooHigh,
        NonceMax,
        InsufficientFunds,
        TokenBalanceTooLow,
        BalanceOverflow
    }

    /// @notice The verdict: the fraud, and for InvalidTx the transaction's
    /// index in the block and the rule it breaks.
    struct Result {
        Fraud fraud;
        uint256 txIndex;
        Rule rule;
    }

    /// @notice What a staged proof (spec section 16.2) still has to show
    /// once {open} has executed the block on claimed values.
    /// @param commit Whether the entries are written in key order (the block
    /// is valid up to the fee credit) or only checked against the parent's
    /// root (it stops at an invalid transaction or the fee credit).
    /// @param count How many entries the chunks must prove.
    /// @param digest The digest of those entries (section 16.2).
    /// @param parentRoot The parent's state root, where the proofs start.
    /// @param stateRoot The header's state root, which a valid block's
    /// writes must reach.
    struct Stage {
        bool commit;
        uint256 count;
        bytes32 digest;
        bytes32 parentRoot;
        bytes32 stateRoot;
    }

    /// @notice Where a block of a blob batch lies in the batch's blobs
    /// (spec section 17): its tx data is the payload bytes
    /// [skip, skip + length) of the field elements [first, end), counted
    /// over the batch's blobs in order (element e is element e mod 4096 of
    /// blob e / 4096). blobA is the versioned hash of the blob of `first`,
    /// blobB that of the blob after it if `end - 1` lies there (else zero).
    /// With length zero, only number and txDataHash are set.
    struct BlobPlace {
        uint64 number;
        bytes32 txDataHash;
        bytes32 blobA;
        bytes32 blobB;
        uint256 first;
        uint256 end;
        uint256 skip;
        uint256 length;
    }

    /// @notice The header's parentHash is not the hash of the given parent.
    error ParentMismatch(bytes32 posted, bytes32 computed);
    /// @notice A header that is not 172 bytes long.
    error MalformedHeader(uint256 length);
    /// @notice The header does not follow the parent (number, timestamp or
    /// queue cursor); the Rollup never accepts such a block.
    error NotAChild();
    /// @notice keccak256 of the given tx data is not the header's txDataHash.
    error TxDataMismatch(bytes32 posted, bytes32 computed);
    /// @notice The queue items given are not exactly the ones the block applies.
    error QueueItemsLength(uint256 given, uint256 want);
    /// @notice A queue item differs from the queue's stored hash.
    error QueueItemMismatch(uint256 index);
    /// @notice A queue item the Rollup could never have stored.
    error MalformedQueueItem(uint256 index);
    /// @notice The witness is not in the format of spec section 16.
    error MalformedWitness(uint256 offset);
    /// @notice The execution needs a state value the witness lacks.
    error MissingWitness(bytes32 key);
    /// @notice A staged proof's chunk is not in the format of spec section 16.2.
    error MalformedChunk(uint256 offset);
    /// @notice A staged proof's chunk does not continue the entries its
    /// challenge was started with (spec section 16.2).
    error ChunkMismatch(bytes32 expected, bytes32 computed);
    /// @notice A blob batch's lengths are not 4 bytes for each of its `blocks` blocks.
    error MalformedLengths(uint256 length, uint256 blocks);
    /// @notice The blob hashes and lengths given are not those the batch
    /// committed to.
    error DataRootMismatch(bytes32 stored, bytes32 computed);
    /// @notice Openings that are not whole 80-byte openings of the next
    /// elements, or commitments that are not one per blob of the block.
    error MalformedOpenings(uint256 length);
    /// @notice The point-evaluation precompile refused the opening of
    /// `element` (a value or proof that is not the blob's, or a commitment
    /// that is not the versioned hash's).
    error BadOpening(uint256 element);
    /// @notice The elements given are not `count` elements of 32 bytes.
    error MalformedElements(uint256 length);
    /// @notice A blob challenge's last step came before every element was
    /// opened: `next` of `end`.
    error OpeningsMissing(uint256 next, uint256 end);
    /// @notice The elements given are not the ones the session opened.
    error ElementsMismatch(bytes32 expected, bytes32 computed);
    /// @notice Only the Rollup keeps blob sessions.
    error NotRollup(address caller);

    uint256 internal constant MAX_TXS_PER_BLOCK = 64;
    uint256 internal constant MAX_QUEUE_ITEMS_PER_BLOCK = 16;
    uint256 internal constant MAX_TX_DATA_BYTES = 16_384;
    uint256 internal constant MAX_TX_GAS = 1 << 24;
    /// @dev The point-evaluation precompile (EIP-4844), its gas, and what it
    /// returns on success: FIELD_ELEMENTS_PER_BLOB and the BLS12-381 scalar
    /// field's modulus.
    uint256 internal constant POINT_EVALUATION = 0x0a;
    uint256 internal constant POINT_EVALUATION_GAS = 50_000;
    uint256 internal constant BLS_MODULUS = 0x73eda753299d7d483339d80809a1d80553bda402fffe5bfeffffffff00000001;
    address internal constant BRIDGE = 0x00000000000000000000000000000000000B81d6;

    /// @notice The L1 queue whose stored hashes authenticate queue items.
    IQueue public immutable queue;
    /// @notice The L2 chain id transactions are signed for.
    uint64 public immutable chainId;
    /// @notice The L2 base fee (wei per gas).
    uint256 public immutable baseFee;

    /// @dev One state value of the witness: the key, its value before the
    /// block (proven) and as the execution leaves it, and where its proof is.
    struct Entry {
        bytes32 key;
        bool account;
        uint64 preNonce;
        uint256 preBalance;
        uint64 nonce;
        uint256 balance;
        uint256 proof;
        uint256 proofEnd;
        StateUpdate.Sibling sib;
    }

    /// @dev The execution's state: the witness entries (sorted by key), the
    /// withdrawals so far and the fees.
    struct Exec {
        Entry[] entries;
        bytes32[] withdrawals;
        uint256 nWithdrawals;
        uint256 fees;
        uint64 number;
        bytes32 parentRoot;
        Codec.Header header;
    }

    constructor(IQueue queue_, uint64 chainId_, uint256 baseFee_) {
        queue = queue_;
        chainId = chainId_;
        baseFee = baseFee_;
    }

    /// @notice Re-executes `header`'s block and returns the verdict.
    /// @param parent The parent block's header, encoded (spec section 10;
    /// authenticated by header.parentHash).
    /// @param header The posted header under test, encoded.
    /// @param txData The block's tx data (authenticated by header.txDataHash).
    /// @param queueItems The 93-byte encodings of the queue items the block
    /// applies (parent.queueCursor up to header.queueCursor), back to back.
    /// @param witness The state witness (spec section 16).
    /// @dev Headers travel as their 172-byte encodings: the block hash is
    /// their keccak256, and the Go bindings of Rollup and FraudVerifier share
    /// one package, where two copies of the Header struct would collide.
    function verify(
        bytes calldata parent,
        bytes calldata header,
        bytes calldata txData,
        bytes calldata queueItems,
        bytes calldata witness
    ) external view returns (Result memory) {
        Exec memory ex = _checkInputs(parent, header, txData, queueItems);
        // Decoding needs no state: tx data that does not decode is fraud
        // whatever the witness.
        (Fraud f, TxDecoder.Tx[] memory txs) = _decodeTxs(txData);
        if (f != Fraud.None) return Result(f, 0, Rule.None);
        ex.entries = _decodeWitness(witness, true);
        Result memory r = _execute(ex, txs, queueItems);
        if (!_writes(r)) {
            _checkPreState(ex, witness, ex.parentRoot);
            return r;
        }
        bytes32 postRoot = _commit(ex, witness, ex.parentRoot);
        if (r.fraud == Fraud.None && postRoot != ex.header.stateRoot) return Result(Fraud.StateRoot, 0, Rule.None);
        return r;
    }

    /// @notice The first step of a staged proof (spec section 16.2): checks
    /// the inputs as {verify} does and executes the block on the claimed
    /// values alone, which later chunks prove ({prove}). The verdict is
    /// final when `stage.count` is zero; otherwise it holds only once every
    /// entry is proven, and for a valid block (`stage.commit`, verdict None)
    /// it is StateRoot if the writes reach another root than the header's.
    /// @param values The witness's entries without proofs: uint16 count,
    /// then per entry key ‖ type ‖ (accounts) nonce ‖ balance, keys
    /// strictly ascending.
    function open(
        bytes calldata parent,
        bytes calldata header,
        bytes calldata txData,
        bytes calldata queueItems,
        bytes calldata values
    ) external view returns (Result memory r, Stage memory stage) {
        Exec memory ex = _checkInputs(parent, header, txData, queueItems);
        stage.parentRoot = ex.parentRoot;
        stage.stateRoot = ex.header.stateRoot;
        (Fraud f, TxDecoder.Tx[] memory txs) = _decodeTxs(txData);
        if (f != Fraud.None) return (Result(f, 0, Rule.None), stage);
        ex.entries = _decodeWitness(values, false);
        r = _execute(ex, txs, queueItems);
        stage.commit = _writes(r);
        stage.count = ex.entries.length;
        bytes32 d;
        for (uint256 i = ex.entries.length; i > 0; --i) {
            Entry memory e = ex.entries[i - 1];
            bytes32 pre = _valueHash(e, true);
            d = _link(e.key, pre, stage.commit ? _valueHash(e, false) : pre, d);
        }
        stage.digest = d;
        if (stage.count == 0 && r.fraud == Fraud.None && stage.parentRoot != stage.stateRoot) {
            r.fraud = Fraud.StateRoot; // nothing is written: the root stays the parent's
        }
    }

    /// @notice Proves a chunk of a staged proof's entries (spec section
    /// 16.2), the next ones after those proven so far.
    /// @param commit The stage's mode (see {Stage}).
    /// @param root Where the chunk's proofs start: the root after the
    /// entries proven so far are written (commit), or the parent's root.
    /// @param digest The digest of the entries not proven yet.
    /// @param chunk uint16 n ≥ 1, then n entries (key ‖ value hash before
    /// the block ‖ value hash after it ‖ uint16 proof length ‖ proof ‖
    /// sibling kind ‖ for kinds 1 and 2 two words), then the digest of the
    /// entries after them (zero after the last).
    /// @return newRoot The root after the chunk's writes (commit), or `root`.
    /// @return rest The digest of the entries still to prove.
    /// @return n How many entries the chunk proved.
    function prove(bool commit, bytes32 root, bytes32 digest, bytes calldata chunk)
        external
        pure
        returns (bytes32 newRoot, bytes32 rest, uint256 n)
    {
        if (chunk.length < 2) revert MalformedChunk(0);
        n = (uint256(uint8(chunk[0])) << 8) | uint8(chunk[1]);
        if (n == 0) revert MalformedChunk(0);
        uint256[] memory at = new uint256[](n);
        uint256 p = 2;
        for (uint256 i = 0; i < n; ++i) {
            at[i] = p;
            p = _entryEnd(chunk, p);
        }
        if (chunk.length != p + 32) revert MalformedChunk(p);
        rest = bytes32(chunk[p:p + 32]);
        // First whether these are the next entries, then their proofs.
        _checkDigest(chunk, at, rest, digest);
        newRoot = root;
        for (uint256 i = 0; i < n; ++i) {
            // Checked against the parent's root without writing, or
            // written along its proof against the running root.
            newRoot = _proveEntry(chunk, at[i], commit ? newRoot : root, commit);
        }
        if (!commit) newRoot = root;
    }

    // ---- blob batches (spec section 17) ----------------------------------

    /// @notice Where block `header` lies in the blobs of its batch, which
    /// holds blocks firstBlock..lastBlock and committed to `dataRoot`
    /// (Blobs.dataRoot); `blobHashes` and `lengths` must be what it
    /// committed to. The Rollup has checked that the header is one of the
    /// batch's blocks.
    function blobPlace(
        bytes calldata header,
        uint64 firstBlock,
        uint64 lastBlock,
        bytes32 dataRoot,
        bytes32[] calldata blobHashes,
        bytes calldata lengths
    ) public pure returns (BlobPlace memory pl) {
        Codec.Header memory h = _decodeHeader(header);
        uint256 blocks = uint256(lastBlock) - firstBlock + 1;
        if (lengths.length != 4 * blocks) revert MalformedLengths(lengths.length, blocks);
        bytes32 root = Blobs.dataRoot(blobHashes, keccak256(lengths));
        if (root != dataRoot) revert DataRootMismatch(dataRoot, root);
        // The header is under the batch's blocksRoot: its number lies in
        // firstBlock..lastBlock, and the batch's blocks are numbered in order.
        uint256 k = h.number - firstBlock;
        uint256 offset;
        for (uint256 i = 0; i < k; ++i) {
            offset += uint32(bytes4(lengths[4 * i:4 * i + 4]));
        }
        pl.number = h.number;
        pl.txDataHash = h.txDataHash;
        pl.length = uint32(bytes4(lengths[4 * k:4 * k + 4]));
        if (pl.length == 0) return pl;
        // The Rollup accepted the lengths only within the blobs, and a
        // block's tx data (at most MAX_TX_DATA_BYTES) is shorter than a
        // blob's payload: its elements lie in one blob or two in a row.
        pl.first = offset / Blobs.BYTES_PER_ELEMENT;
        pl.end = (offset + pl.length - 1) / Blobs.BYTES_PER_ELEMENT + 1;
        pl.skip = offset % Blobs.BYTES_PER_ELEMENT;
        uint256 a = pl.first / Blobs.ELEMENTS_PER_BLOB;
        pl.blobA = blobHashes[a];
        if ((pl.end - 1) / Blobs.ELEMENTS_PER_BLOB != a) pl.blobB = blobHashes[a + 1];
    }

    /// @notice A blob batch as the Rollup holds it, for {startBlobSession}.
    struct BlobBatch {
        bytes32 blocksRoot;
        bytes32 dataRoot;
        uint64 firstBlock;
        uint64 lastBlock;
        uint64 submittedAt;
    }

    /// @notice A blob challenge in progress (spec section 17.3): the field
    /// elements that hold the block's tx data ({BlobPlace}), those opened so
    /// far, and what the header claims.
    struct BlobSession {
        bytes32 blocksRoot; // the batch's when started (zero: no session)
        bytes32 txDataHash; // the header's
        bytes32 blobA; // versioned hash of the blob of the first element
        bytes32 blobB; // of the blob after it, if the elements reach into it (else zero)
        bytes32 chain; // keccak chain of the elements opened so far
        uint64 blockNumber;
        uint64 submittedAt; // the batch's when started
        uint32 first; // the first element, counted over the batch's blobs
        uint32 next; // the next element to open
        uint32 end; // one past the last element
        uint16 skip; // payload bytes of the first element before the block's
        uint16 length; // the block's tx data length
    }

    /// @notice What {finishBlobSession} found: the session's batch (zero
    /// blocksRoot: no session), the block, and whether its tx data is not
    /// in the blobs.
    struct BlobVerdict {
        bytes32 blocksRoot;
        uint64 submittedAt;
        uint64 number;
        bool fraud;
    }

    /// @dev Blob challenges, by the Rollup's session id (challenger, batch, block).
    mapping(bytes32 id => BlobSession) private _blobSessions;

    /// @dev Only the Rollup (the queue it was deployed with) keeps sessions.
    modifier onlyRollup() {
        if (msg.sender != address(queue)) revert NotRollup(msg.sender);
        _;
    }

    /// @notice Starts (or starts afresh) blob session `id` for block
    /// `header` of batch `b`, after the Rollup has checked that the header
    /// is one of the batch's blocks and revealed the challenger's
    /// commitment. Returns the block's number and how many elements are to
    /// be opened; with none (the block has no tx data) no session is kept and
    /// `fraud` is the verdict: whether txDataHash is not keccak256 of nothing.
    function startBlobSession(
        bytes32 id,
        BlobBatch calldata b,
        bytes calldata header,
        bytes32[] calldata blobHashes,
        bytes calldata lengths
    ) external onlyRollup returns (uint64 number, uint256 elements, bool fraud) {
        BlobPlace memory pl = blobPlace(header, b.firstBlock, b.lastBlock, b.dataRoot, blobHashes, lengths);
        number = pl.number;
        if (pl.length == 0) {
            delete _blobSessions[id];
            return (number, 0, pl.txDataHash != Codec.EMPTY_TX_DATA_HASH);
        }
        // Element indices are below 6 × 4096 and lengths at most 16,384.
        _blobSessions[id] = BlobSession({
            blocksRoot: b.blocksRoot,
            txDataHash: pl.txDataHash,
            blobA: pl.blobA,
            blobB: pl.blobB,
            chain: bytes32(0),
            blockNumber: pl.number,
            submittedAt: b.submittedAt,
            first: uint32(pl.first),
            next: uint32(pl.first),
            end: uint32(pl.end),
            skip: uint16(pl.skip),
            length: uint16(pl.length)
        });
        return (number, pl.end - pl.first, false);
    }

    /// @notice Opens the next elements of blob session `id` (false: no such
    /// session) with the point-evaluation precompile, in order, and extends
    /// the session's keccak chain of opened elements: chain =
    /// keccak256(chain ‖ element) for each. Element e (counted over the
    /// batch's blobs) is opened at z = ω^brp(e mod 4096) (spec section 17.1)
    /// against the versioned hash of its blob, blobA or blobB.
    /// @param commitments blobA's 48-byte KZG commitment, then blobB's if blobB ≠ 0.
    /// @param openings Per element: its 32 bytes ‖ the 48-byte proof.
    function openBlobSession(bytes32 id, bytes calldata commitments, bytes calldata openings)
        external
        onlyRollup
        returns (bool)
    {
        BlobSession storage s = _blobSessions[id];
        if (s.blocksRoot == 0) return false;
        uint256 next = s.next;
        uint256 stop = next + openings.length / 80;
        if (openings.length == 0 || openings.length % 80 != 0 || stop > s.end) revert MalformedOpenings(openings.length);
        if (commitments.length != (s.blobB == 0 ? 48 : 96)) revert MalformedOpenings(commitments.length);
        bytes32 chain = s.chain;
        uint256 o; // calldata offset of the opening of element `next`
        uint256 c; // of blobA's commitment; blobB's follows it
        assembly ("memory-safe") {
            o := openings.offset
            c := commitments.offset
        }
        for (; next < stop; ++next) {
            // Commitments: blobA's at 0, blobB's at 48.
            bool second = next / Blobs.ELEMENTS_PER_BLOB != s.first / Blobs.ELEMENTS_PER_BLOB;
            if (!_evaluate(second ? s.blobB : s.blobA, next, o, second ? c + 48 : c)) {
                revert BadOpening(next);
            }
            assembly ("memory-safe") {
                mstore(0x00, chain)
                mstore(0x20, calldataload(o))
                chain := keccak256(0x00, 0x40)
            }
            o += 80;
        }
        s.chain = chain;
        s.next = uint32(next);
        return true;
    }

    /// @notice Ends blob session `id` (a zero blocksRoot: no such session)
    /// once every element is opened: `elements` must be exactly the opened
    /// elements (their keccak chain the session's); the block's tx data is
    /// the payload bytes [skip, skip + length) of them. The block is
    /// fraudulent if an element's first byte is not zero or the tx data's
    /// keccak256 is not the header's txDataHash. The session is deleted.
    function finishBlobSession(bytes32 id, bytes calldata elements)
        external
        onlyRollup
        returns (BlobVerdict memory v)
    {
        BlobSession memory s = _blobSessions[id];
        if (s.blocksRoot == 0) return v;
        if (s.next != s.end) revert OpeningsMissing(s.next, s.end);
        (bytes32 chain, bool canonical, bytes32 dataHash) = readBlobs(elements, s.end - s.first, s.skip, s.length);
        if (chain != s.chain) revert ElementsMismatch(s.chain, chain);
        delete _blobSessions[id];
        return BlobVerdict(s.blocksRoot, s.submittedAt, s.blockNumber, !canonical || dataHash != s.txDataHash);
    }

    /// @notice Blob session `id`'s next element to open and one past its
    /// last (both zero: no session).
    function blobSessionProgress(bytes32 id) external view returns (uint256 next, uint256 end) {
        BlobSession storage s = _blobSessions[id];
        return (s.next, s.end);
    }

    /// @notice Reads a blob challenge's opened elements again: their keccak
    /// chain (from zero), whether every element's first byte is zero, and
    /// keccak256 of the payload bytes [skip, skip + length) of the elements
    /// (meaningful only if they are canonical).
    /// @param elements `count` elements of 32 bytes, in order.
    function readBlobs(bytes calldata elements, uint256 count, uint256 skip, uint256 length)
        public
        pure
        returns (bytes32 chain, bool canonical, bytes32 dataHash)
    {
        if (elements.length != count * 32) revert MalformedElements(elements.length);
        canonical = true;
        // The payload bytes back to back; each 32-byte store is overwritten
        // past its 31st byte by the next, so one spare byte at the end.
        bytes memory payload = new bytes(count * Blobs.BYTES_PER_ELEMENT + 1);
        assembly ("memory-safe") {
            let out := add(payload, 0x20)
            for { let i := 0 } lt(i, count) { i := add(i, 1) } {
                let y := calldataload(add(elements.offset, mul(i, 0x20)))
                if shr(248, y) { canonical := 0 }
                mstore(add(out, mul(i, 31)), shl(8, y))
                mstore(0x00, chain)
                mstore(0x20, y)
                chain := keccak256(0x00, 0x40)
            }
            dataHash := keccak256(add(out, skip), length)
        }
    }

    /// @dev Whether the point-evaluation precompile accepts the opening at
    /// calldata offset `opening` (value ‖ proof) of element e (counted over
    /// the batch's blobs) of the blob of versioned hash `vh` and the KZG
    /// commitment at calldata offset `commitment`.
    function _evaluate(bytes32 vh, uint256 e, uint256 opening, uint256 commitment) private view returns (bool ok) {
        uint256 z = _root(e % Blobs.ELEMENTS_PER_BLOB);
        assembly ("memory-safe") {
            let p := mload(0x40) // past the free memory pointer, not advanced
            mstore(p, vh)
            mstore(add(p, 0x20), z)
            calldatacopy(add(p, 0x40), opening, 0x20) // the value y
            calldatacopy(add(p, 0x60), commitment, 48)
            calldatacopy(add(p, 0x90), add(opening, 0x20), 48) // the proof
            ok := staticcall(POINT_EVALUATION_GAS, POINT_EVALUATION, p, 0xc0, p, 0x40)
            // A chain without the precompile answers an empty success.
            ok := and(ok, eq(returndatasize(), 0x40))
            ok := and(ok, and(eq(mload(p), 4096), eq(mload(add(p, 0x20)), BLS_MODULUS)))
        }
    }

    /// @dev ω^brp(j) for 0 ≤ j < 4096, ω the primitive 4096th root of unity
    /// 7^((r−1)/4096) mod r of the BLS12-381 scalar field and brp the 12-bit
    /// bit reversal: blob element j is the blob polynomial's value there
    /// (EIP-4844; go-ethereum's kzg4844). Bit b of j contributes
    /// ω^(2^(11−b)).
    function _root(uint256 j) private pure returns (uint256 z) {
        uint256 r = BLS_MODULUS;
        z = 1;
        if (j & 0x001 != 0) z = mulmod(z, 0x73eda753299d7d483339d80809a1d80553bda402fffe5bfeffffffff00000000, r);
        if (j & 0x002 != 0) z = mulmod(z, 0x00000000000000008d51ccce760304d0ec030002760300000001000000000000, r);
        if (j & 0x004 != 0) z = mulmod(z, 0x345766f603fa66e78c0625cd70d77ce2b38b21c28713b7007228fd3397743f7a, r);
        if (j & 0x008 != 0) z = mulmod(z, 0x20b1ce9140267af9dd1c0af834cec32c17beb312f20b6f7653ea61d87742bcce, r);
        if (j & 0x010 != 0) z = mulmod(z, 0x50e0903a157988bab4bcd40e22f55448bf6e88fb4c38fb8a360c60997369df4e, r);
        if (j & 0x020 != 0) z = mulmod(z, 0x45af6345ec055e4d14a1e27164d8fdbd2d967f4be2f951558140d032f0a9ee53, r);
        if (j & 0x040 != 0) z = mulmod(z, 0x6898111413588742b7c68b4d7fdd60d098d0caac87f5713c5130c2c1660125be, r);
        if (j & 0x080 != 0) z = mulmod(z, 0x4f9b4098e2e9f12e6b368121ac0cf4ad0a0865a899e8deff4935bd2f817f694b, r);
        if (j & 0x100 != 0) z = mulmod(z, 0x095166525526a65439feec240d80689fd697168a3a6000fe4541b8ff2ee0434e, r);
        if (j & 0x200 != 0) z = mulmod(z, 0x325db5c3debf77a18f4de02c0f776af3ea437f9626fc085e3c28d666a5c2d854, r);
        if (j & 0x400 != 0) z = mulmod(z, 0x6d031f1b5c49c83409f1ca610a08f16655ea6811be9c622d4a838b5d59cd79e5, r);
        if (j & 0x800 != 0) z = mulmod(z, 0x564c0a11a0f704f4fc3e8acfe0f8245f0ad1347b378fbf96e206da11a5d36306, r);
    }

    /// @dev Checks that the chunk's entries (starting at `at`), followed by
    /// entries of digest `rest`, have digest `digest`.
    function _checkDigest(bytes calldata chunk, uint256[] memory at, bytes32 rest, bytes32 digest) private pure {
        bytes32 d = rest;
        for (uint256 i = at.length; i > 0; --i) {
            uint256 q = at[i - 1];
            d = _link(bytes32(chunk[q:q + 32]), bytes32(chunk[q + 32:q + 64]), bytes32(chunk[q + 64:q + 96]), d);
        }
        if (d != digest) revert ChunkMismatch(digest, d);
    }

    /// @dev Where the chunk entry at `p` ends, checking its layout: 98 bytes
    /// (key, pre, post, proof length), the proof, a sibling.
    function _entryEnd(bytes calldata chunk, uint256 p) private pure returns (uint256) {
        if (chunk.length < p + 98) revert MalformedChunk(p);
        uint256 len = (uint256(uint8(chunk[p + 96])) << 8) | uint8(chunk[p + 97]);
        p += 98 + len;
        if (chunk.length < p + 1) revert MalformedChunk(p - len);
        (, uint256 end) = _decodeSibling(chunk, p);
        if (end == 0) revert MalformedChunk(p);
        return end;
    }

    /// @dev Proves the chunk entry at `p` (laid out as {_entryEnd} checked)
    /// against `root` and returns the root after writing its post value
    /// (the digest binds post to pre when the block writes nothing).
    function _proveEntry(bytes calldata chunk, uint256 p, bytes32 root, bool commit) private pure returns (bytes32) {
        bytes32[3] memory kv = [bytes32(chunk[p:p + 32]), bytes32(chunk[p + 32:p + 64]), bytes32(chunk[p + 64:p + 96])];
        if (!commit) kv[2] = kv[1];
        uint256 proof = p + 98;
        uint256 len = (uint256(uint8(chunk[p + 96])) << 8) | uint8(chunk[p + 97]);
        (StateUpdate.Sibling memory sib,) = _decodeSibling(chunk, proof + len);
        return StateUpdate.update(root, kv[0], chunk[proof:proof + len], kv[1], kv[2], sib);
    }

    /// @dev One link of the entries' digest: d(i) = keccak256(key ‖ pre ‖
    /// post ‖ d(i+1)), d(count) = 0 (spec section 16.2).
    function _link(bytes32 key, bytes32 pre, bytes32 post, bytes32 next) private pure returns (bytes32 h) {
        assembly ("memory-safe") {
            let m := mload(0x40)
            mstore(m, key)
            mstore(add(m, 0x20), pre)
            mstore(add(m, 0x40), post)
            mstore(add(m, 0x60), next)
            h := keccak256(m, 0x80)
        }
    }

    /// @dev Whether the block writes its changes: it is valid up to the fee
    /// credit (the verdict so far is None or WithdrawalsRoot).
    function _writes(Result memory r) private pure returns (bool) {
        return r.fraud == Fraud.None || r.fraud == Fraud.WithdrawalsRoot;
    }

    /// @dev Applies the queue items (spec section 8), the transactions and
    /// the fee credit on the witness's claimed values, and compares the
    /// withdrawals root with the header's. Proves nothing: the caller then
    /// proves the values (and a valid block's writes) against the roots.
    function _execute(Exec memory ex, TxDecoder.Tx[] memory txs, bytes calldata queueItems)
        private
        view
        returns (Result memory)
    {
        ex.withdrawals = new bytes32[](MAX_TXS_PER_BLOCK + MAX_QUEUE_ITEMS_PER_BLOCK);
        uint256 nq = queueItems.length / Codec.QUEUE_ITEM_SIZE;
        for (uint256 i = 0; i < nq; ++i) {
            _applyQueueItem(ex, queueItems[i * Codec.QUEUE_ITEM_SIZE:(i + 1) * Codec.QUEUE_ITEM_SIZE], i);
        }
        for (uint256 i = 0; i < txs.length; ++i) {
            Rule rule = _applyTx(ex, txs[i]);
            if (rule != Rule.None) return Result(Fraud.InvalidTx, i, rule);
        }
        if (ex.fees != 0) {
            Entry memory f = _account(ex, ex.header.feeRecipient);
            if (f.balance > type(uint256).max - ex.fees) return Result(Fraud.FeeCreditOverflow, 0, Rule.None);
            f.balance += ex.fees;
        }
        bytes32[] memory leaves = ex.withdrawals;
        uint256 nw = ex.nWithdrawals;
        assembly ("memory-safe") {
            mstore(leaves, nw) // only shrinks the array: no memory is exposed
        }
        if (Codec.merkleRoot(leaves) != ex.header.withdrawalsRoot) return Result(Fraud.WithdrawalsRoot, 0, Rule.None);
        return Result(Fraud.None, 0, Rule.None);
    }

    /// @dev Authenticates the inputs against the header (and the header's
    /// parent against its parentHash) and starts the execution's state.
    function _checkInputs(
        bytes calldata parentEnc,
        bytes calldata headerEnc,
        bytes calldata txData,
        bytes calldata queueItems
    ) private view returns (Exec memory ex) {
        Codec.Header memory parent = _decodeHeader(parentEnc);
        Codec.Header memory header = _decodeHeader(headerEnc);
        bytes32 ph = keccak256(parentEnc);
        if (ph != header.parentHash) revert ParentMismatch(header.parentHash, ph);
        if (
            header.number != parent.number + 1 || header.timestamp < parent.timestamp
                || header.queueCursor < parent.queueCursor
                || header.queueCursor - parent.queueCursor > MAX_QUEUE_ITEMS_PER_BLOCK
                || txData.length > MAX_TX_DATA_BYTES
        ) revert NotAChild();
        bytes32 dh = keccak256(txData);
        if (dh != header.txDataHash) revert TxDataMismatch(header.txDataHash, dh);
        uint256 n = header.queueCursor - parent.queueCursor;
        if (queueItems.length != n * Codec.QUEUE_ITEM_SIZE) {
            revert QueueItemsLength(queueItems.length, n * Codec.QUEUE_ITEM_SIZE);
        }
        for (uint256 i = 0; i < n; ++i) {
            uint256 index = parent.queueCursor + i;
            bytes32 h = keccak256(queueItems[i * Codec.QUEUE_ITEM_SIZE:(i + 1) * Codec.QUEUE_ITEM_SIZE]);
            if (h != queue.queueItemHash(index)) revert QueueItemMismatch(index);
        }
        ex.header = header;
        ex.number = header.number;
        ex.parentRoot = parent.stateRoot;
    }

    /// @notice Decodes a 172-byte header (spec section 10).
    function _decodeHeader(bytes calldata b) private pure returns (Codec.Header memory h) {
        if (b.length != Codec.HEADER_SIZE) revert MalformedHeader(b.length);
        h.parentHash = bytes32(b[0:32]);
        h.number = uint64(bytes8(b[32:40]));
        h.timestamp = uint64(bytes8(b[40:48]));
        h.txDataHash = bytes32(b[48:80]);
        h.stateRoot = bytes32(b[80:112]);
        h.withdrawalsRoot = bytes32(b[112:144]);
        h.queueCursor = uint64(bytes8(b[144:152]));
        h.feeRecipient = address(bytes20(b[152:172]));
    }

    /// @dev Decodes every transaction first, as core.DecodeTxs does: the
    /// 65th transaction that decodes makes the block too long.
    function _decodeTxs(bytes calldata txData) private view returns (Fraud, TxDecoder.Tx[] memory txs) {
        txs = new TxDecoder.Tx[](MAX_TXS_PER_BLOCK);
        uint256 n;
        uint256 pos;
        while (pos < txData.length) {
            (bool ok, TxDecoder.Tx memory t, uint256 end) = TxDecoder.decode(txData, pos, chainId);
            if (!ok) return (Fraud.MalformedTxData, txs);
            if (n == MAX_TXS_PER_BLOCK) return (Fraud.TooManyTxs, txs);
            txs[n++] = t;
            pos = end;
        }
        assembly ("memory-safe") {
            mstore(txs, n) // only shrinks the array
        }
        return (Fraud.None, txs);
    }

    // ---- state transition (spec sections 5.3, 5.4, 6, 8) ------------------

    function _applyQueueItem(Exec memory ex, bytes calldata item, uint256 i) private pure {
        uint8 kind = uint8(item[0]);
        address from = address(bytes20(item[1:21]));
        address to = address(bytes20(item[21:41]));
        address token = address(bytes20(item[41:61]));
        uint256 amount = uint256(bytes32(item[61:93]));
        if (kind == Codec.KIND_DEPOSIT_ETH) {
            if (token != address(0)) revert MalformedQueueItem(i);
            Entry memory e = _account(ex, to);
            e.balance = _saturatingAdd(e.balance, amount);
        } else if (kind == Codec.KIND_DEPOSIT_TOKEN) {
            if (token == address(0)) revert MalformedQueueItem(i);
            Entry memory e = _token(ex, to, token);
            e.balance = _saturatingAdd(e.balance, amount);
        } else if (kind == Codec.KIND_FORCED_WITHDRAWAL) {
            Entry memory e = token == address(0) ? _account(ex, from) : _token(ex, from, token);
            uint256 take = amount < e.balance ? amount : e.balance;
            e.balance -= take;
            if (take != 0) _withdraw(ex, to, token, take);
        } else {
            revert MalformedQueueItem(i);
        }
    }

    function _applyTx(Exec memory ex, TxDecoder.Tx memory t) private view returns (Rule) {
        Rule rule = _stateless(t);
        if (rule != Rule.None) return rule;
        Entry memory a = _account(ex, t.sender);
        if (t.nonce < a.nonce) return Rule.NonceTooLow;
        if (t.nonce > a.nonce) return Rule.NonceTooHigh;
        if (a.nonce == type(uint64).max) return Rule.NonceMax;
        // The sender must afford the whole gas limit at the fee cap plus
        // the value, as on Ethereum (S4).
        if (t.feeCap > type(uint256).max / t.gas) return Rule.InsufficientFunds; // gas >= 21,000
        uint256 maxCost = uint256(t.gas) * t.feeCap;
        if (maxCost > type(uint256).max - t.value || a.balance < maxCost + t.value) return Rule.InsufficientFunds;
        uint256 price;
        unchecked {
            price = baseFee + t.tip; // a wrap is caught below: the price is then the fee cap
        }
        if (price < baseFee || price > t.feeCap) price = t.feeCap;
        uint256 fee = price * TxDecoder.kindGas(t.kind);

        Entry memory tb;
        if (t.token) {
            tb = _token(ex, t.sender, t.to);
            if (tb.balance < t.amount) return Rule.TokenBalanceTooLow;
        }
        if (t.kind == TxDecoder.KIND_TRANSFER) {
            if (t.to != t.sender && t.value != 0) {
                Entry memory to = _account(ex, t.to);
                if (to.balance > type(uint256).max - t.value) return Rule.BalanceOverflow;
                a.balance -= t.value;
                to.balance += t.value;
            }
        } else if (t.kind == TxDecoder.KIND_WITHDRAWAL) {
            a.balance -= t.value;
            _withdraw(ex, t.sender, address(0), t.value);
        } else if (t.kind == TxDecoder.KIND_TOKEN_TRANSFER) {
            if (t.recipient != t.sender) {
                Entry memory rt = _token(ex, t.recipient, t.to);
                if (rt.balance > type(uint256).max - t.amount) return Rule.BalanceOverflow;
                tb.balance -= t.amount;
                rt.balance += t.amount;
            }
        } else {
            tb.balance -= t.amount;
            _withdraw(ex, t.sender, t.to, t.amount);
        }
        a.nonce += 1;
        a.balance -= fee;
        ex.fees += fee; // every fee was taken from a balance first, so the sum fits
        return Rule.None;
    }

    /// @dev The stateless rules in the spec's order (5.3). Rules 2, 5 and 10's
    /// y-parity part cannot fail for decoded tx data: value is not encoded
    /// for token calls, legacy has one gas price, y parity is one bit.
    function _stateless(TxDecoder.Tx memory t) private view returns (Rule) {
        if (t.token) {
            if (t.to == BRIDGE) return Rule.BridgeNotToken;
            if (t.amount == 0) return Rule.ZeroAmount;
        } else if (t.to == BRIDGE && t.value == 0) {
            return Rule.ZeroAmount;
        }
        if (t.gas > MAX_TX_GAS) return Rule.GasLimitTooHigh;
        if (t.gas < TxDecoder.kindGas(t.kind)) return Rule.IntrinsicGas;
        if (t.tip > t.feeCap) return Rule.TipAboveFeeCap;
        if (t.feeCap < baseFee) return Rule.FeeCapTooLow;
        if (t.sender == address(0)) return Rule.InvalidSender;
        return Rule.None;
    }

    function _withdraw(Exec memory ex, address recipient, address token, uint256 amount) private pure {
        uint256 i = ex.nWithdrawals;
        ex.withdrawals[i] = Codec.withdrawalLeaf(ex.number, uint32(i), recipient, token, amount);
        ex.nWithdrawals = i + 1;
    }

    function _saturatingAdd(uint256 a, uint256 b) private pure returns (uint256) {
        unchecked {
            uint256 c = a + b;
            return c < a ? type(uint256).max : c;
        }
    }

    // ---- the witness (spec section 16) ------------------------------------

    /// @dev The account's entry; its key is keccak256(addr) (spec section 3),
    /// hashed in scratch space so that lookups allocate nothing.
    function _account(Exec memory ex, address addr) private pure returns (Entry memory e) {
        bytes32 key;
        assembly ("memory-safe") {
            mstore(0x00, shl(96, addr))
            key := keccak256(0x00, 20)
        }
        e = _find(ex.entries, key);
        if (!e.account) revert MissingWitness(e.key);
    }

    /// @dev The token balance's entry; its key is keccak256(owner ‖ token).
    function _token(Exec memory ex, address owner, address token) private pure returns (Entry memory e) {
        bytes32 key;
        assembly ("memory-safe") {
            mstore(0x00, shl(96, owner))
            mstore(0x14, shl(96, token)) // bytes 20..51: inside the 64-byte scratch space
            key := keccak256(0x00, 40)
        }
        e = _find(ex.entries, key);
        if (e.account) revert MissingWitness(e.key);
    }

    /// @dev Binary search: the entries are sorted by key (checked on
    /// decoding). Assembly, as it runs for every state access: a memory
    /// array of structs holds one pointer per entry, and an Entry's first
    /// word is its key.
    function _find(Entry[] memory entries, bytes32 key) private pure returns (Entry memory e) {
        bool found;
        assembly ("memory-safe") {
            let lo := 0
            let hi := mload(entries)
            for {} lt(lo, hi) {} {
                let mid := shr(1, add(lo, hi))
                let ptr := mload(add(entries, mul(0x20, add(mid, 1))))
                let k := mload(ptr)
                if eq(k, key) {
                    e := ptr
                    found := 1
                    break
                }
                switch lt(k, key)
                case 1 { lo := add(mid, 1) }
                default { hi := mid }
            }
        }
        if (!found) revert MissingWitness(key);
    }

    function _valueHash(Entry memory e, bool pre) private pure returns (bytes32) {
        uint64 nonce = pre ? e.preNonce : e.nonce;
        uint256 bal = pre ? e.preBalance : e.balance;
        if (!e.account) return bytes32(bal);
        if (nonce == 0 && bal == 0) return bytes32(0);
        bytes32 h;
        assembly ("memory-safe") {
            let p := mload(0x40) // past the free memory pointer, not advanced
            mstore(p, shl(192, nonce))
            mstore(add(p, 8), bal)
            h := keccak256(p, 40)
        }
        return h;
    }

    /// @dev Decodes the witness: uint16 count, then per entry, keys strictly
    /// ascending: key (32) ‖ type (1: account, 2: token) ‖ account: nonce (8)
    /// ‖ balance (32) | token: balance (32), and with `proofs`: ‖ uint16
    /// proof length ‖ proof ‖ sibling kind (1) ‖ for kinds 1 and 2 two words
    /// (32 ‖ 32). Without, it is a staged proof's values (section 16.2).
    function _decodeWitness(bytes calldata w, bool proofs) private pure returns (Entry[] memory entries) {
        if (w.length < 2) revert MalformedWitness(0);
        uint256 count = (uint256(uint8(w[0])) << 8) | uint8(w[1]);
        entries = new Entry[](count);
        uint256 p = 2;
        bytes32 prev;
        for (uint256 i = 0; i < count; ++i) {
            Entry memory e = entries[i];
            if (w.length < p + 33) revert MalformedWitness(p);
            e.key = bytes32(w[p:p + 32]);
            if (i > 0 && e.key <= prev) revert MalformedWitness(p);
            prev = e.key;
            uint8 kind = uint8(w[p + 32]);
            p += 33;
            if (kind == 1) {
                if (w.length < p + 40) revert MalformedWitness(p);
                e.account = true;
                e.preNonce = uint64(bytes8(w[p:p + 8]));
                e.preBalance = uint256(bytes32(w[p + 8:p + 40]));
                p += 40;
            } else if (kind == 2) {
                if (w.length < p + 32) revert MalformedWitness(p);
                e.preBalance = uint256(bytes32(w[p:p + 32]));
                p += 32;
            } else {
                revert MalformedWitness(p - 1);
            }
            e.nonce = e.preNonce;
            e.balance = e.preBalance;
            if (!proofs) continue;
            if (w.length < p + 2) revert MalformedWitness(p);
            uint256 len = (uint256(uint8(w[p])) << 8) | uint8(w[p + 1]);
            p += 2;
            if (w.length < p + len + 1) revert MalformedWitness(p);
            e.proof = p;
            e.proofEnd = p + len;
            p += len;
            uint256 end;
            (e.sib, end) = _decodeSibling(w, p);
            if (end == 0) revert MalformedWitness(p);
            p = end;
        }
        if (p != w.length) revert MalformedWitness(p);
    }

    /// @dev Decodes a sibling preimage at `p` (which the caller has checked
    /// to be inside `b`): kind (1) ‖ for kinds 1 and 2 two words. `end` is
    /// zero when it does not decode.
    function _decodeSibling(bytes calldata b, uint256 p)
        private
        pure
        returns (StateUpdate.Sibling memory sib, uint256 end)
    {
        uint8 sk = uint8(b[p]);
        if (sk == StateUpdate.SIBLING_LEAF || sk == StateUpdate.SIBLING_INTERNAL) {
            if (b.length < p + 65) return (sib, 0);
            sib = StateUpdate.Sibling(sk, bytes32(b[p + 1:p + 33]), bytes32(b[p + 33:p + 65]));
            return (sib, p + 65);
        }
        if (sk != StateUpdate.SIBLING_NONE) return (sib, 0);
        return (sib, p + 1);
    }

    /// @dev Proves every entry's pre-block value against the parent's root,
    /// for a block that stops at an invalid transaction (nothing is written).
    function _checkPreState(Exec memory ex, bytes calldata w, bytes32 root) private pure {
        Entry[] memory entries = ex.entries;
        for (uint256 i = 0; i < entries.length; ++i) {
            Entry memory e = entries[i];
            bytes32 pre = _valueHash(e, true);
            StateUpdate.update(root, e.key, w[e.proof:e.proofEnd], pre, pre, e.sib);
        }
    }

    /// @dev Applies the block's writes one key at a time, in key order: the
    /// proof of entry i is against the root after entries 0..i-1 are
    /// written. Since the keys are distinct, it shows entry i's value before
    /// the block, which is how the claimed pre-block values get proven.
    function _commit(Exec memory ex, bytes calldata w, bytes32 root) private pure returns (bytes32) {
        Entry[] memory entries = ex.entries;
        for (uint256 i = 0; i < entries.length; ++i) {
            Entry memory e = entries[i];
            root = StateUpdate.update(root, e.key, w[e.proof:e.proofEnd], _valueHash(e, true), _valueHash(e, false), e.sib);
        }
        return root;
    }
}
