// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {Address} from "@openzeppelin/contracts/utils/Address.sol";
import {ECDSA} from "@openzeppelin/contracts/utils/cryptography/ECDSA.sol";
import {EIP712} from "@openzeppelin/contracts/utils/cryptography/EIP712.sol";
import {ReentrancyGuard} from "@openzeppelin/contracts/utils/ReentrancyGuard.sol";

/// @title Viaduct payment channels
/// @notice Two-party payment channels in ETH or one ERC-20 token, settled on
/// L1. Immutable: no owner, no admin, no upgrade path.
///
/// Life of a channel:
///   open (by party A, funded or not)  ->  Open
///   deposit (either party, any time while Open; top-ups)
///   cooperativeClose (both signatures on a FinalState)         -> Closed, paid at once
///   forceClose (one party, latest State signed by both)        -> Closing
///   challenge (anyone, a State with a higher nonce, in period) -> Closing, replaced
///   settle (anyone, once the challenge period is over)         -> Closed, paid
///
/// A State carries the cumulative deposits it accounts for. Its balances must
/// sum to those deposits, and they may not exceed the deposits on chain. A
/// deposit made after the state was signed is paid back to whoever made it:
///   payoutA = balanceA + (channel.depositA - state.depositA)
///   payoutB = balanceB + (channel.depositB - state.depositB)
/// so payoutA + payoutB is always the channel's total deposit, and a top-up
/// the other party never acknowledged is never lost. The nonce-0 state, with
/// every field zero, is the implicit opening state: it needs no signatures
/// and refunds every deposit, so a party whose peer never signs anything can
/// still get its funds back through forceClose.
///
/// Signatures are EIP-712 over a domain that binds the chain id and this
/// contract's address; the struct binds the channel id, which itself commits
/// to the parties, the token and the challenge period. A state therefore
/// cannot be replayed on another channel, chain or deployment. A State can
/// only start or win a dispute; only a FinalState (a different type, signed
/// when both parties agree to close) pays out without a challenge period.
///
/// Payouts are pushed, and never block: an ETH payout runs with a bounded
/// amount of gas (PAYOUT_GAS), a token payout with SafeERC20's
/// trySafeTransfer, and a payout that fails (a receiver that reverts, say
/// because its reentry attempt failed, or needs more gas; a token that
/// returns false or reverts; a blocklisted address) is credited to
/// `withdrawable` for the party to pull
/// later with `withdraw`, to any address. The other party is paid
/// regardless. A caller cannot starve a payout of gas to defer it on
/// purpose: a payout is attempted only with MIN_PAYOUT_GASLEFT left, or the
/// whole call reverts. Note that under EIP-8037 (Amsterdam) a receive hook
/// that creates storage will not fit in PAYOUT_GAS; such a party withdraws.
/// Every state-changing function is nonReentrant and updates storage before
/// it calls out.
contract Channels is EIP712, ReentrancyGuard {
    using SafeERC20 for IERC20;

    /// @notice Where a channel is in its life. None means "does not exist";
    /// a Closed channel stays Closed, so a channel id is never reused.
    enum Status {
        None,
        Open,
        Closing,
        Closed
    }

    /// @notice A channel as stored. payoutA/payoutB and nonce are the state
    /// registered by forceClose or challenge while Closing.
    struct Channel {
        address partyA;
        uint64 challengePeriod;
        Status status;
        address partyB;
        uint64 closesAt;
        address token;
        uint64 nonce;
        uint256 depositA;
        uint256 depositB;
        uint256 payoutA;
        uint256 payoutB;
    }

    /// @notice An off-chain channel state, signed by both parties. Signed as
    /// EIP-712 type `State` for disputes and as `FinalState` for a
    /// cooperative close.
    struct State {
        bytes32 channelId;
        uint64 nonce;
        uint256 depositA;
        uint256 depositB;
        uint256 balanceA;
        uint256 balanceB;
    }

    bytes32 public constant STATE_TYPEHASH = keccak256(
        "State(bytes32 channelId,uint64 nonce,uint256 depositA,uint256 depositB,uint256 balanceA,uint256 balanceB)"
    );
    bytes32 public constant FINAL_STATE_TYPEHASH = keccak256(
        "FinalState(bytes32 channelId,uint64 nonce,uint256 depositA,uint256 depositB,uint256 balanceA,uint256 balanceB)"
    );

    /// @notice Gas forwarded with a pushed ETH payout. Enough for a smart
    /// account's receive hook; a receiver that needs more is credited to
    /// withdrawable instead.
    uint256 public constant PAYOUT_GAS = 100_000;

    /// @notice Gas that must be left before a payout is attempted. Without
    /// it, a caller of settle or cooperativeClose could pick a gas limit at
    /// which the receiver's call runs out of gas (the EVM forwards at most
    /// 63/64 of what is left) and so defer the other party's payout at will.
    /// 64/63 of PAYOUT_GAS plus the cost of a value call to a new account.
    uint256 public constant MIN_PAYOUT_GASLEFT = (PAYOUT_GAS * 64) / 63 + 40_000;

    /// @notice The longest challenge period any deployment may allow: 100
    /// years. A channel's close ends at block.timestamp + its period, kept in
    /// a uint64; with the period bounded so, that sum cannot overflow for
    /// hundreds of billions of years, so forceClose can always start a close.
    uint64 public constant MAX_CHALLENGE_PERIOD = 100 * 365 days;

    /// @notice Bounds on the challenge period a channel may choose at open
    /// (maxChallengePeriod is at most MAX_CHALLENGE_PERIOD).
    uint64 public immutable minChallengePeriod;
    uint64 public immutable maxChallengePeriod;

    /// @notice Number of channels ever opened; part of every channel id.
    uint256 public channelCount;

    /// @notice Failed payouts, by token (address(0) for ETH) and party.
    mapping(address token => mapping(address party => uint256)) public withdrawable;

    mapping(bytes32 => Channel) private _channels;

    event ChannelOpened(
        bytes32 indexed channelId,
        address indexed partyA,
        address indexed partyB,
        address token,
        uint64 challengePeriod,
        uint256 deposit
    );
    event Deposited(
        bytes32 indexed channelId, address indexed party, uint256 amount, uint256 depositA, uint256 depositB
    );
    event ChannelClosing(
        bytes32 indexed channelId, address indexed closer, uint64 nonce, uint256 payoutA, uint256 payoutB, uint64 closesAt
    );
    event ChannelChallenged(
        bytes32 indexed channelId, address indexed challenger, uint64 nonce, uint256 payoutA, uint256 payoutB
    );
    event ChannelClosed(bytes32 indexed channelId, uint64 nonce, uint256 payoutA, uint256 payoutB, bool cooperative);
    event PayoutDeferred(bytes32 indexed channelId, address indexed token, address indexed party, uint256 amount);
    event Withdrawn(address indexed token, address indexed party, address to, uint256 amount);

    error InvalidChallengePeriodBounds(uint64 min, uint64 max);
    error InvalidChallengePeriod(uint64 period, uint64 min, uint64 max);
    error ChallengePeriodTooLong(uint64 period, uint64 limit);
    error InvalidCounterparty(address partyB);
    error ValueMismatch(uint256 value, uint256 amount);
    error ZeroDeposit();
    error NotParty(bytes32 channelId, address caller);
    error WrongStatus(bytes32 channelId, Status status);
    error WrongChannel(bytes32 channelId, bytes32 stateChannelId);
    error StateExceedsDeposits(uint256 depositA, uint256 depositB, uint256 stateDepositA, uint256 stateDepositB);
    error BalancesDoNotSumToDeposits(uint256 balanceA, uint256 balanceB, uint256 deposits);
    error InitialStateNotEmpty();
    error InvalidSignature(address signer);
    error StaleState(uint64 nonce, uint64 currentNonce);
    error ChallengePeriodOver(uint64 closesAt);
    error ChallengePeriodNotOver(uint64 closesAt);
    error NothingToWithdraw();
    error InvalidRecipient();
    error InsufficientGas(uint256 gasLeft, uint256 needed);

    constructor(uint64 minChallengePeriod_, uint64 maxChallengePeriod_) EIP712("Viaduct Channels", "1") {
        if (minChallengePeriod_ == 0 || minChallengePeriod_ > maxChallengePeriod_) {
            revert InvalidChallengePeriodBounds(minChallengePeriod_, maxChallengePeriod_);
        }
        if (maxChallengePeriod_ > MAX_CHALLENGE_PERIOD) {
            revert ChallengePeriodTooLong(maxChallengePeriod_, MAX_CHALLENGE_PERIOD);
        }
        minChallengePeriod = minChallengePeriod_;
        maxChallengePeriod = maxChallengePeriod_;
    }

    // ---------------------------------------------------------------- open

    /// @notice Opens a channel between msg.sender (party A) and partyB in
    /// `token` (address(0) for ETH), funded by A with `amount` (may be zero;
    /// B can fund it with deposit). For ETH, msg.value must equal amount. For
    /// a token, the amount actually received is credited.
    function open(address partyB, address token, uint256 amount, uint64 challengePeriod)
        external
        payable
        nonReentrant
        returns (bytes32 channelId)
    {
        if (partyB == address(0) || partyB == msg.sender) revert InvalidCounterparty(partyB);
        if (challengePeriod < minChallengePeriod || challengePeriod > maxChallengePeriod) {
            revert InvalidChallengePeriod(challengePeriod, minChallengePeriod, maxChallengePeriod);
        }
        // maxChallengePeriod <= MAX_CHALLENGE_PERIOD (constructor), so the
        // close that forceClose starts has a closesAt that fits its uint64.
        uint256 count = ++channelCount;
        channelId = keccak256(abi.encode(block.chainid, address(this), count, msg.sender, partyB, token, challengePeriod));

        uint256 received = _pull(token, amount);
        Channel storage ch = _channels[channelId];
        ch.partyA = msg.sender;
        ch.challengePeriod = challengePeriod;
        ch.status = Status.Open;
        ch.partyB = partyB;
        ch.token = token;
        ch.depositA = received;
        emit ChannelOpened(channelId, msg.sender, partyB, token, challengePeriod, received);
    }

    /// @notice Adds funds to an open channel on the caller's side. The
    /// parties must sign a state that accounts for the new deposit before
    /// they can spend it; until then a close refunds it to the depositor.
    function deposit(bytes32 channelId, uint256 amount) external payable nonReentrant {
        Channel storage ch = _channels[channelId];
        _requireStatus(channelId, ch, Status.Open);
        bool isA = _side(channelId, ch, msg.sender);
        uint256 received = _pull(ch.token, amount);
        if (received == 0) revert ZeroDeposit();
        if (isA) ch.depositA += received;
        else ch.depositB += received;
        emit Deposited(channelId, msg.sender, received, ch.depositA, ch.depositB);
    }

    // --------------------------------------------------------------- close

    /// @notice Closes the channel at once with a FinalState signed by both
    /// parties, while it is Open or Closing. Anyone may submit it.
    function cooperativeClose(bytes32 channelId, State calldata s, bytes calldata sigA, bytes calldata sigB)
        external
        nonReentrant
    {
        Channel storage ch = _channels[channelId];
        if (ch.status != Status.Open && ch.status != Status.Closing) revert WrongStatus(channelId, ch.status);
        // While Closing, ch.nonce is a State both parties signed. The
        // off-chain protocol never signs a State after a FinalState, so an
        // older FinalState can only be one that was abandoned (never
        // submitted) before the parties went on paying: refuse it.
        if (s.nonce < ch.nonce) revert StaleState(s.nonce, ch.nonce);
        _checkState(channelId, ch, s);
        _checkSignatures(FINAL_STATE_TYPEHASH, ch, s, sigA, sigB);
        (uint256 payA, uint256 payB) = _payouts(ch, s);

        ch.status = Status.Closed;
        ch.nonce = s.nonce;
        ch.closesAt = uint64(block.timestamp);
        ch.payoutA = 0;
        ch.payoutB = 0;
        emit ChannelClosed(channelId, s.nonce, payA, payB, true);
        _payout(channelId, ch.token, ch.partyA, payA);
        _payout(channelId, ch.token, ch.partyB, payB);
    }

    /// @notice Starts a unilateral close with the latest State signed by both
    /// parties (or the empty nonce-0 state, unsigned). Only a party may
    /// start it. The other party, or a watchtower, has challengePeriod
    /// seconds to answer with a newer state.
    function forceClose(bytes32 channelId, State calldata s, bytes calldata sigA, bytes calldata sigB)
        external
        nonReentrant
    {
        Channel storage ch = _channels[channelId];
        _requireStatus(channelId, ch, Status.Open);
        _side(channelId, ch, msg.sender);
        _checkState(channelId, ch, s);
        if (s.nonce == 0) {
            if (s.depositA != 0 || s.depositB != 0 || s.balanceA != 0 || s.balanceB != 0) {
                revert InitialStateNotEmpty();
            }
        } else {
            _checkSignatures(STATE_TYPEHASH, ch, s, sigA, sigB);
        }
        (uint256 payA, uint256 payB) = _payouts(ch, s);
        uint64 closesAt = uint64(block.timestamp) + ch.challengePeriod;

        ch.status = Status.Closing;
        ch.closesAt = closesAt;
        ch.nonce = s.nonce;
        ch.payoutA = payA;
        ch.payoutB = payB;
        emit ChannelClosing(channelId, msg.sender, s.nonce, payA, payB, closesAt);
    }

    /// @notice Replaces the state of a closing channel with a newer one
    /// (higher nonce) signed by both parties, before the challenge period
    /// ends. Anyone may call it, so a watchtower can answer for a party.
    function challenge(bytes32 channelId, State calldata s, bytes calldata sigA, bytes calldata sigB)
        external
        nonReentrant
    {
        Channel storage ch = _channels[channelId];
        _requireStatus(channelId, ch, Status.Closing);
        if (block.timestamp >= ch.closesAt) revert ChallengePeriodOver(ch.closesAt);
        if (s.nonce <= ch.nonce) revert StaleState(s.nonce, ch.nonce);
        _checkState(channelId, ch, s);
        _checkSignatures(STATE_TYPEHASH, ch, s, sigA, sigB);
        (uint256 payA, uint256 payB) = _payouts(ch, s);

        ch.nonce = s.nonce;
        ch.payoutA = payA;
        ch.payoutB = payB;
        emit ChannelChallenged(channelId, msg.sender, s.nonce, payA, payB);
    }

    /// @notice Pays out a closing channel once its challenge period is over.
    /// Anyone may call it; it can succeed once.
    function settle(bytes32 channelId) external nonReentrant {
        Channel storage ch = _channels[channelId];
        _requireStatus(channelId, ch, Status.Closing);
        if (block.timestamp < ch.closesAt) revert ChallengePeriodNotOver(ch.closesAt);
        uint256 payA = ch.payoutA;
        uint256 payB = ch.payoutB;

        ch.status = Status.Closed;
        ch.payoutA = 0;
        ch.payoutB = 0;
        emit ChannelClosed(channelId, ch.nonce, payA, payB, false);
        _payout(channelId, ch.token, ch.partyA, payA);
        _payout(channelId, ch.token, ch.partyB, payB);
    }

    /// @notice Pulls the caller's failed payouts in `token` (address(0) for
    /// ETH) to `to`. Unlike a pushed payout, this forwards all gas and
    /// reverts if the transfer fails.
    function withdraw(address token, address to) external nonReentrant {
        if (to == address(0)) revert InvalidRecipient();
        uint256 amount = withdrawable[token][msg.sender];
        if (amount == 0) revert NothingToWithdraw();
        withdrawable[token][msg.sender] = 0;
        emit Withdrawn(token, msg.sender, to, amount);
        if (token == address(0)) Address.sendValue(payable(to), amount);
        else IERC20(token).safeTransfer(to, amount);
    }

    // --------------------------------------------------------------- views

    /// @notice The stored channel; status None if it does not exist.
    function getChannel(bytes32 channelId) external view returns (Channel memory) {
        return _channels[channelId];
    }

    /// @notice The EIP-712 digest the parties sign for a State.
    function stateDigest(State calldata s) external view returns (bytes32) {
        return _digest(STATE_TYPEHASH, s);
    }

    /// @notice The EIP-712 digest the parties sign for a FinalState.
    function finalStateDigest(State calldata s) external view returns (bytes32) {
        return _digest(FINAL_STATE_TYPEHASH, s);
    }

    /// @notice The EIP-712 domain separator (chain id and this address).
    function domainSeparator() external view returns (bytes32) {
        return _domainSeparatorV4();
    }

    // ------------------------------------------------------------ internals

    function _requireStatus(bytes32 channelId, Channel storage ch, Status want) private view {
        if (ch.status != want) revert WrongStatus(channelId, ch.status);
    }

    /// @dev True if `who` is party A, false if party B; reverts otherwise.
    function _side(bytes32 channelId, Channel storage ch, address who) private view returns (bool) {
        if (who == ch.partyA) return true;
        if (who == ch.partyB) return false;
        revert NotParty(channelId, who);
    }

    /// @dev Takes `amount` of `token` from msg.sender and returns what arrived.
    function _pull(address token, uint256 amount) private returns (uint256) {
        if (token == address(0)) {
            if (msg.value != amount) revert ValueMismatch(msg.value, amount);
            return amount;
        }
        if (msg.value != 0) revert ValueMismatch(msg.value, 0);
        if (amount == 0) return 0;
        IERC20 t = IERC20(token);
        uint256 before = t.balanceOf(address(this));
        t.safeTransferFrom(msg.sender, address(this), amount);
        return t.balanceOf(address(this)) - before;
    }

    function _checkState(bytes32 channelId, Channel storage ch, State calldata s) private view {
        if (s.channelId != channelId) revert WrongChannel(channelId, s.channelId);
        if (s.depositA > ch.depositA || s.depositB > ch.depositB) {
            revert StateExceedsDeposits(ch.depositA, ch.depositB, s.depositA, s.depositB);
        }
        // Both state deposits are bounded by real deposits, so this sum cannot overflow.
        uint256 deposits = s.depositA + s.depositB;
        if (s.balanceA > deposits || deposits - s.balanceA != s.balanceB) {
            revert BalancesDoNotSumToDeposits(s.balanceA, s.balanceB, deposits);
        }
    }

    function _checkSignatures(
        bytes32 typeHash,
        Channel storage ch,
        State calldata s,
        bytes calldata sigA,
        bytes calldata sigB
    ) private view {
        bytes32 digest = _digest(typeHash, s);
        _checkSigner(digest, sigA, ch.partyA);
        _checkSigner(digest, sigB, ch.partyB);
    }

    function _checkSigner(bytes32 digest, bytes calldata sig, address signer) private pure {
        (address recovered, ECDSA.RecoverError err,) = ECDSA.tryRecover(digest, sig);
        if (err != ECDSA.RecoverError.NoError || recovered != signer) revert InvalidSignature(signer);
    }

    function _digest(bytes32 typeHash, State calldata s) private view returns (bytes32) {
        return _hashTypedDataV4(
            keccak256(abi.encode(typeHash, s.channelId, s.nonce, s.depositA, s.depositB, s.balanceA, s.balanceB))
        );
    }

    /// @dev Final payouts of a checked state; they sum to the channel's deposits.
    function _payouts(Channel storage ch, State calldata s) private view returns (uint256 payA, uint256 payB) {
        payA = s.balanceA + (ch.depositA - s.depositA);
        payB = s.balanceB + (ch.depositB - s.depositB);
    }

    /// @dev Pushes a payout; if it fails, credits it to withdrawable.
    function _payout(bytes32 channelId, address token, address to, uint256 amount) private {
        if (amount == 0) return;
        if (gasleft() < MIN_PAYOUT_GASLEFT) revert InsufficientGas(gasleft(), MIN_PAYOUT_GASLEFT);
        bool ok;
        if (token == address(0)) {
            uint256 gasLimit = PAYOUT_GAS;
            assembly ("memory-safe") {
                // No return data is copied, so a receiver cannot grief with a huge return.
                ok := call(gasLimit, to, amount, 0, 0, 0, 0)
            }
        } else {
            ok = IERC20(token).trySafeTransfer(to, amount);
        }
        if (!ok) {
            withdrawable[token][to] += amount;
            emit PayoutDeferred(channelId, token, to, amount);
        }
    }
}
