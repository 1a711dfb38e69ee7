// SPDX-License-Identifier: MIT
pragma solidity 0.8.34;

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
        StateRoot
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

    uint256 internal constant MAX_TXS_PER_BLOCK = 64;
    uint256 internal constant MAX_QUEUE_ITEMS_PER_BLOCK = 16;
    uint256 internal constant MAX_TX_DATA_BYTES = 16_384;
    uint256 internal constant MAX_TX_GAS = 1 << 24;
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
        _start(ex, witness, queueItems);
        return _execute(ex, txs, witness);
    }

    /// @dev Decodes the witness and applies the queue items (spec section 8),
    /// which come before any transaction.
    function _start(Exec memory ex, bytes calldata witness, bytes calldata queueItems) private pure {
        ex.entries = _decodeWitness(witness);
        ex.withdrawals = new bytes32[](MAX_TXS_PER_BLOCK + MAX_QUEUE_ITEMS_PER_BLOCK);
        uint256 nq = queueItems.length / Codec.QUEUE_ITEM_SIZE;
        for (uint256 i = 0; i < nq; ++i) {
            _applyQueueItem(ex, queueItems[i * Codec.QUEUE_ITEM_SIZE:(i + 1) * Codec.QUEUE_ITEM_SIZE], i);
        }
    }

    /// @dev Applies the transactions and the fee credit, then writes the
    /// state and compares the roots with the header's.
    function _execute(
        Exec memory ex,
        TxDecoder.Tx[] memory txs,
        bytes calldata witness
    ) private view returns (Result memory) {
        bytes32 parentRoot = ex.parentRoot;
        Codec.Header memory header = ex.header;
        for (uint256 i = 0; i < txs.length; ++i) {
            Rule rule = _applyTx(ex, txs[i]);
            if (rule != Rule.None) {
                _checkPreState(ex, witness, parentRoot);
                return Result(Fraud.InvalidTx, i, rule);
            }
        }
        if (ex.fees != 0) {
            Entry memory f = _account(ex, header.feeRecipient);
            if (f.balance > type(uint256).max - ex.fees) {
                _checkPreState(ex, witness, parentRoot);
                return Result(Fraud.FeeCreditOverflow, 0, Rule.None);
            }
            f.balance += ex.fees;
        }

        bytes32 postRoot = _commit(ex, witness, parentRoot);
        bytes32[] memory leaves = ex.withdrawals;
        uint256 nw = ex.nWithdrawals;
        assembly ("memory-safe") {
            mstore(leaves, nw) // only shrinks the array: no memory is exposed
        }
        if (Codec.merkleRoot(leaves) != header.withdrawalsRoot) return Result(Fraud.WithdrawalsRoot, 0, Rule.None);
        if (postRoot != header.stateRoot) return Result(Fraud.StateRoot, 0, Rule.None);
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

    /// @dev Binary search: the entries are sorted by key (checked on decoding).
    function _find(Entry[] memory entries, bytes32 key) private pure returns (Entry memory) {
        uint256 lo = 0;
        uint256 hi = entries.length;
        while (lo < hi) {
            uint256 mid = (lo + hi) / 2;
            bytes32 k = entries[mid].key;
            if (k == key) return entries[mid];
            if (k < key) lo = mid + 1;
            else hi = mid;
        }
        revert MissingWitness(key);
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
    /// ‖ balance (32) | token: balance (32) ‖ uint16 proof length ‖ proof ‖
    /// sibling kind (1) ‖ for kinds 1 and 2 two words (32 ‖ 32).
    function _decodeWitness(bytes calldata w) private pure returns (Entry[] memory entries) {
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
            if (w.length < p + 2) revert MalformedWitness(p);
            uint256 len = (uint256(uint8(w[p])) << 8) | uint8(w[p + 1]);
            p += 2;
            if (w.length < p + len + 1) revert MalformedWitness(p);
            e.proof = p;
            e.proofEnd = p + len;
            p += len;
            uint8 sk = uint8(w[p]);
            p += 1;
            if (sk == StateUpdate.SIBLING_LEAF || sk == StateUpdate.SIBLING_INTERNAL) {
                if (w.length < p + 64) revert MalformedWitness(p);
                e.sib = StateUpdate.Sibling(sk, bytes32(w[p:p + 32]), bytes32(w[p + 32:p + 64]));
                p += 64;
            } else if (sk != StateUpdate.SIBLING_NONE) {
                revert MalformedWitness(p - 1);
            }
        }
        if (p != w.length) revert MalformedWitness(p);
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
