// SPDX-License-Identifier: MIT
pragma solidity 0.8.34;

/// @title TxDecoder
/// @notice Decodes Viaduct's compact tx data (docs/spec.md section 7) and
/// recovers each transaction's sender from the signed payload it rebuilds
/// (section 7.1), exactly as the Go package core does (DecodeTxs, Tx.Sender).
/// @dev Decoding never reverts on bad data: malformed tx data is a fraud the
/// verifier must be able to prove, so it is reported as `ok = false`.
library TxDecoder {
    uint8 internal constant FLAG_TOKEN = 0x01;
    uint8 internal constant FLAG_LEGACY = 0x02;
    uint8 internal constant FLAG_Y_PARITY = 0x04;
    uint8 internal constant FLAG_KIND_GAS = 0x08;

    /// @notice Transaction kinds (spec section 5.2).
    uint8 internal constant KIND_TRANSFER = 0;
    uint8 internal constant KIND_TOKEN_TRANSFER = 1;
    uint8 internal constant KIND_WITHDRAWAL = 2;
    uint8 internal constant KIND_TOKEN_WITHDRAWAL = 3;

    address internal constant BRIDGE = 0x00000000000000000000000000000000000B81d6;
    bytes4 internal constant TRANSFER_SELECTOR = 0xa9059cbb;

    /// @dev secp256k1's group order and half of it (EIP-2).
    uint256 private constant N = 0xfffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141;
    uint256 private constant HALF_N = 0x7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a0;

    /// @notice One decoded transaction.
    struct Tx {
        bool token;
        bool legacy;
        uint8 kind;
        uint64 nonce;
        uint64 gas;
        uint256 tip;
        uint256 feeCap;
        address to;
        uint256 value;
        address recipient;
        uint256 amount;
        /// @dev The recovered sender; zero when the signature does not recover.
        address sender;
    }

    /// @dev The calldata ranges of the RLP integers the signed payload reuses.
    struct Raw {
        uint256 nonce;
        uint256 nonceEnd;
        uint256 fees; // tip and fee cap (legacy: the gas price), back to back
        uint256 feesEnd;
        uint256 gas; // 0 when the gas field is omitted
        uint256 gasEnd;
        uint256 value;
        uint256 valueEnd;
        uint8 yParity;
        bytes32 r;
        bytes32 s;
    }

    /// @notice The L2 gas of a kind (spec section 5.2).
    function kindGas(uint8 kind) internal pure returns (uint64) {
        if (kind == KIND_TOKEN_TRANSFER) return 50_000;
        if (kind == KIND_WITHDRAWAL) return 40_000;
        if (kind == KIND_TOKEN_WITHDRAWAL) return 60_000;
        return 21_000;
    }

    /// @notice Decodes the transaction at `pos` of `data` and recovers its
    /// sender. Returns ok = false when the encoding is not canonical.
    function decode(bytes calldata data, uint256 pos, uint64 chainId)
        internal
        pure
        returns (bool ok, Tx memory t, uint256 end)
    {
        Raw memory raw;
        (ok, end) = _parse(data, pos, t, raw);
        if (!ok) return (false, t, end);
        // The signed payload is only hashed: drop its memory afterwards, as
        // a block has 64 of them and memory costs quadratically.
        uint256 fmp;
        assembly ("memory-safe") {
            fmp := mload(0x40)
        }
        t.sender = _recover(data, t, raw, chainId);
        assembly ("memory-safe") {
            mstore(0x40, fmp)
        }
    }

    function _parse(bytes calldata data, uint256 pos, Tx memory t, Raw memory raw)
        private
        pure
        returns (bool ok, uint256 p)
    {
        if (pos >= data.length) return (false, pos);
        uint8 flags = uint8(data[pos]);
        if (flags & 0xf0 != 0) return (false, pos);
        t.token = flags & FLAG_TOKEN != 0;
        t.legacy = flags & FLAG_LEGACY != 0;
        raw.yParity = flags & FLAG_Y_PARITY != 0 ? 1 : 0;
        p = pos + 1;
        uint256 v;
        raw.nonce = p;
        (ok, v, p) = readInt(data, p, 8);
        if (!ok) return (false, p);
        t.nonce = uint64(v);
        raw.nonceEnd = p;
        raw.fees = p;
        (ok, v, p) = readInt(data, p, 32);
        if (!ok) return (false, p);
        t.tip = v;
        if (t.legacy) {
            t.feeCap = v;
        } else {
            (ok, v, p) = readInt(data, p, 32);
            if (!ok) return (false, p);
            t.feeCap = v;
        }
        raw.feesEnd = p;
        if (flags & FLAG_KIND_GAS == 0) {
            raw.gas = p;
            (ok, v, p) = readInt(data, p, 8);
            if (!ok) return (false, p);
            t.gas = uint64(v);
            raw.gasEnd = p;
        }
        if (data.length < p + 20) return (false, p);
        t.to = address(bytes20(data[p:p + 20]));
        p += 20;
        if (t.token) {
            if (data.length < p + 20) return (false, p);
            t.recipient = address(bytes20(data[p:p + 20]));
            p += 20;
            (ok, v, p) = readInt(data, p, 32);
            if (!ok) return (false, p);
            t.amount = v;
        } else {
            raw.value = p;
            (ok, v, p) = readInt(data, p, 32);
            if (!ok) return (false, p);
            t.value = v;
            raw.valueEnd = p;
        }
        if (t.token) {
            t.kind = t.recipient == BRIDGE ? KIND_TOKEN_WITHDRAWAL : KIND_TOKEN_TRANSFER;
        } else {
            t.kind = t.to == BRIDGE ? KIND_WITHDRAWAL : KIND_TRANSFER;
        }
        if (flags & FLAG_KIND_GAS != 0) {
            t.gas = kindGas(t.kind);
        } else if (t.gas == kindGas(t.kind)) {
            return (false, p); // the kind's gas must use the flag
        }
        if (data.length < p + 64) return (false, p);
        raw.r = bytes32(data[p:p + 32]);
        raw.s = bytes32(data[p + 32:p + 64]);
        return (true, p + 64);
    }

    /// @notice Reads an RLP unsigned integer of at most maxLen bytes in its
    /// canonical form (spec section 7.2).
    function readInt(bytes calldata data, uint256 p, uint256 maxLen)
        internal
        pure
        returns (bool ok, uint256 v, uint256 end)
    {
        if (p >= data.length) return (false, 0, p);
        uint8 b = uint8(data[p]);
        if (b == 0) return (false, 0, p); // zero is 0x80
        if (b < 0x80) return (true, b, p + 1);
        uint256 n = b - 0x80;
        if (n == 0) return (true, 0, p + 1);
        if (n > maxLen || data.length < p + 1 + n) return (false, 0, p);
        uint8 first = uint8(data[p + 1]);
        if (first == 0 || (n == 1 && first < 0x80)) return (false, 0, p);
        v = uint256(bytes32(data[p + 1:p + 1 + n])) >> (8 * (32 - n));
        return (true, v, p + 1 + n);
    }

    /// @dev Rebuilds the signed payload (spec section 7.1) and recovers the
    /// signer; zero when the signature is out of range or does not recover.
    function _recover(bytes calldata data, Tx memory t, Raw memory raw, uint64 chainId)
        private
        pure
        returns (address)
    {
        if (!_inRange(raw.r, raw.s)) return address(0);
        bytes memory fields = _fields(data, t, raw);
        bytes memory cid = encodeUint(chainId);
        bytes32 digest;
        if (t.legacy) {
            bytes memory items = abi.encodePacked(fields, cid, hex"8080");
            digest = keccak256(abi.encodePacked(_listHeader(items.length), items));
        } else {
            bytes memory items = abi.encodePacked(cid, fields, hex"c0");
            digest = keccak256(abi.encodePacked(hex"02", _listHeader(items.length), items));
        }
        return ecrecover(digest, 27 + raw.yParity, raw.r, raw.s);
    }

    /// @dev r and s as geth's ValidateSignatureValues wants them (EIP-2:
    /// s in the lower half of the order).
    function _inRange(bytes32 rw, bytes32 sw) private pure returns (bool) {
        uint256 r = uint256(rw);
        uint256 s = uint256(sw);
        return r != 0 && r < N && s != 0 && s <= HALF_N;
    }

    /// @dev The RLP items both payloads share: nonce, fees (tip ‖ fee cap,
    /// or the gas price), gas, to, value, data.
    function _fields(bytes calldata data, Tx memory t, Raw memory raw) private pure returns (bytes memory) {
        bytes memory gas;
        if (raw.gas == 0) gas = encodeUint(t.gas);
        else gas = data[raw.gas:raw.gasEnd];
        bytes memory value = hex"80";
        bytes memory callData = hex"80";
        if (t.token) {
            callData = abi.encodePacked(hex"b844", TRANSFER_SELECTOR, bytes12(0), t.recipient, t.amount);
        } else {
            value = data[raw.value:raw.valueEnd];
        }
        return abi.encodePacked(
            data[raw.nonce:raw.nonceEnd], data[raw.fees:raw.feesEnd], gas, hex"94", t.to, value, callData
        );
    }

    /// @notice The RLP encoding of an unsigned integer.
    function encodeUint(uint256 v) internal pure returns (bytes memory) {
        if (v == 0) return hex"80";
        if (v < 0x80) return abi.encodePacked(uint8(v));
        uint256 n = _byteLen(v);
        return abi.encodePacked(uint8(0x80 + n), _tail(v, n));
    }

    function _listHeader(uint256 len) private pure returns (bytes memory) {
        if (len < 56) return abi.encodePacked(uint8(0xc0 + len));
        uint256 n = _byteLen(len);
        return abi.encodePacked(uint8(0xf7 + n), _tail(len, n));
    }

    function _byteLen(uint256 v) private pure returns (uint256 n) {
        while (v != 0) {
            ++n;
            v >>= 8;
        }
    }

    /// @dev The last n bytes of v's big-endian word.
    function _tail(uint256 v, uint256 n) private pure returns (bytes memory out) {
        out = new bytes(n);
        for (uint256 i = 0; i < n; ++i) {
            out[n - 1 - i] = bytes1(uint8(v >> (8 * i)));
        }
    }
}
