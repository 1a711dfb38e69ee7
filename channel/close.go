package channel

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/holiman/uint256"
)

// ErrChallengePeriodNotOver is returned by Settle before the channel's
// challenge period has ended; ClosesAt says when it does.
var ErrChallengePeriodNotOver = errors.New("challenge period not over")

// Close closes channel id cooperatively: both parties sign a FinalState
// with the latest balances, and this party submits it to L1, which pays
// both at once. After signing a FinalState neither party signs another
// state, so an abandoned FinalState can never undo a later payment.
func (p *Peer) Close(ctx context.Context, id common.Hash) (*SignedState, error) {
	rt, err := p.channel(id)
	if err != nil {
		return nil, err
	}
	var f SignedState
	for attempt := 0; ; attempt++ {
		f, err = p.agreeFinal(ctx, rt)
		if err == nil {
			break
		}
		if !errors.Is(err, errFinalRefused) || attempt == 3 {
			return nil, err
		}
		p.log.Info("counterparty refused the final state; resynchronising", "channel", id, "err", err)
	}
	if _, err := p.cfg.L1.CooperativeClose(ctx, &f); err != nil {
		return nil, err
	}
	p.setStatus(rt, StatusClosed, 0)
	return &f, nil
}

var errFinalRefused = errors.New("final state refused")

// agreeFinal gets a FinalState signed by both. A refusal (the counterparty
// holds a newer state, or has signed a higher nonce) comes back with what
// it holds; we adopt it and sign a new FinalState above it. Our earlier
// FinalState signature is harmless: it is useless without the other's.
func (p *Peer) agreeFinal(ctx context.Context, rt *chanRT) (SignedState, error) {
	// Wait for our own payments in flight to be answered: their nonces
	// must stay below the FinalState's.
	for {
		rt.mu.Lock()
		if rt.inflight == 0 && len(rt.queue) == 0 {
			break
		}
		rt.mu.Unlock()
		select {
		case <-ctx.Done():
			return SignedState{}, ctx.Err()
		case <-time.After(5 * time.Millisecond):
		}
	}
	if rt.needSync {
		rt.mu.Unlock()
		if err := p.syncLatest(ctx, rt); err != nil {
			return SignedState{}, err
		}
		rt.mu.Lock()
	}
	id, url, me := rt.info.ID, rt.info.PeerURL, rt.info.Me
	peer := rt.info.Party(me.Other())
	if rt.info.Status != StatusOpen && rt.info.Status != StatusFinal {
		rt.mu.Unlock()
		return SignedState{}, fmt.Errorf("%w: %s is %s", ErrNotOpen, id, rt.info.Status)
	}
	if f := rt.info.Final; f != nil && f.Complete() {
		rt.mu.Unlock()
		return *f, nil
	}
	if f := rt.info.Final; f == nil || !sameBalances(&f.State, &rt.latest.State) || f.Nonce <= rt.peerHigh {
		nonce, err := nextFinalNonce(rt.highest, rt.latest.Nonce, rt.peerHigh)
		if err != nil {
			rt.mu.Unlock()
			return SignedState{}, fmt.Errorf("channel %s: %w", id, err)
		}
		nf := SignedState{State: rt.latest.State}
		nf.Nonce = nonce
		sig, err := nf.Sign(p.cfg.Key, p.domain, FinalStateTypeHash)
		if err != nil {
			rt.mu.Unlock()
			return SignedState{}, err
		}
		if me == SideA {
			nf.SigA = sig
		} else {
			nf.SigB = sig
		}
		rt.info.Final = &nf
		rt.info.Status = StatusFinal
		rt.highest = nf.Nonce
		if err := p.persistInfo(rt); err != nil {
			rt.mu.Unlock()
			return SignedState{}, err
		}
	}
	f := *rt.info.Final
	rt.mu.Unlock()

	mine := f.SigA
	if me == SideB {
		mine = f.SigB
	}
	var res closeResult
	if err := p.callIdempotent(ctx, url, peer, &res, "channel_closeRequest", f.State, mine); err != nil {
		return SignedState{}, fmt.Errorf("asking %s to countersign the final state: %w", url, err)
	}
	if res.Refused != "" {
		rt.mu.Lock()
		if res.Highest > rt.peerHigh {
			rt.peerHigh = res.Highest
		}
		if res.Latest != nil && res.Latest.Nonce > rt.latest.Nonce {
			rt.needSync = true
		}
		rt.mu.Unlock()
		return SignedState{}, fmt.Errorf("%w: %s", errFinalRefused, res.Refused)
	}
	if err := f.Verify(p.domain, FinalStateTypeHash, res.Sig, rt.info.Party(me.Other())); err != nil {
		return SignedState{}, fmt.Errorf("final state countersignature: %w", err)
	}
	if me == SideA {
		f.SigB = res.Sig
	} else {
		f.SigA = res.Sig
	}
	rt.mu.Lock()
	defer rt.mu.Unlock()
	rt.info.Final = &f
	if err := p.persistInfo(rt); err != nil {
		return SignedState{}, err
	}
	return f, nil
}

// closeResult answers channel_closeRequest: our signature, or why not and
// what we hold.
type closeResult struct {
	Sig     hexutil.Bytes `json:"sig,omitempty"`
	Refused string        `json:"refused,omitempty"`
	Highest uint64        `json:"highest"`
	Latest  *SignedState  `json:"latest,omitempty"`
}

// handleCloseRequest countersigns a FinalState that carries exactly our
// latest balances and a nonce above all we signed, then stops signing.
func (p *Peer) handleCloseRequest(ctx context.Context, f State, sig []byte) (*closeResult, error) {
	rt, err := p.channel(f.ChannelID)
	if err != nil {
		return nil, err
	}
	rt.mu.Lock()
	defer rt.mu.Unlock()
	me := rt.info.Me
	if err := f.Verify(p.domain, FinalStateTypeHash, sig, rt.info.Party(me.Other())); err != nil {
		return nil, fmt.Errorf("final state: %w", err)
	}
	refuse := func(why string) *closeResult {
		return &closeResult{Refused: why, Highest: rt.highest, Latest: p.shareableLatest(rt)}
	}
	if ex := rt.info.Final; ex != nil && ex.Complete() {
		// Already agreed (the requester lost our answer): answer the same.
		if !ex.State.Equal(&f) {
			return refuse(fmt.Sprintf("a different final state (nonce %d) is already agreed", ex.Nonce)), nil
		}
		mine := ex.SigA
		if me == SideB {
			mine = ex.SigB
		}
		return &closeResult{Sig: mine, Highest: rt.highest}, nil
	}
	if rt.info.Status != StatusOpen && rt.info.Status != StatusFinal {
		return nil, fmt.Errorf("%w: %s", ErrNotOpen, rt.info.Status)
	}
	want := rt.latest.State
	want.Nonce = f.Nonce
	if !want.Equal(&f) {
		return refuse(fmt.Sprintf("final state %v does not carry our latest balances %v", &f, &rt.latest.State)), nil
	}
	if f.Nonce <= rt.highest {
		return refuse(fmt.Sprintf("nonce %d is not above %d, the highest we signed", f.Nonce, rt.highest)), nil
	}
	mine, err := f.Sign(p.cfg.Key, p.domain, FinalStateTypeHash)
	if err != nil {
		return nil, err
	}
	ss := SignedState{State: f}
	if me == SideA {
		ss.SigA, ss.SigB = mine, sig
	} else {
		ss.SigA, ss.SigB = sig, mine
	}
	rt.info.Final = &ss
	rt.info.Status = StatusFinal
	rt.highest = f.Nonce
	if err := p.persistInfo(rt); err != nil {
		return nil, err
	}
	return &closeResult{Sig: mine, Highest: rt.highest}, nil
}

// persistInfo writes the channel record and the nonces; rt.mu is held.
func (p *Peer) persistInfo(rt *chanRT) error {
	if err := p.cfg.Store.SaveStates(rt.info.ID, nil, Meta{Latest: rt.latest.Nonce, Highest: rt.highest}, true); err != nil {
		return err
	}
	return p.cfg.Store.PutChannel(rt.info)
}

func (p *Peer) setStatus(rt *chanRT, s Status, closesAt uint64) {
	rt.mu.Lock()
	defer rt.mu.Unlock()
	if rt.info.Status == s && rt.info.ClosesAt == closesAt {
		return
	}
	rt.info.Status = s
	if closesAt != 0 {
		rt.info.ClosesAt = closesAt
	}
	if err := p.cfg.Store.PutChannel(rt.info); err != nil {
		p.log.Error("recording channel status", "channel", rt.info.ID, "status", s, "err", err)
	}
}

// ForceClose starts a unilateral close on L1 with our latest state signed
// by both (or the empty opening state if there is none). staleNonce, if not
// zero, picks an older state instead: it exists to demonstrate (and test)
// that the counterparty or its watchtower answers such a close.
func (p *Peer) ForceClose(ctx context.Context, id common.Hash, staleNonce uint64) (*SignedState, uint64, error) {
	rt, err := p.channel(id)
	if err != nil {
		return nil, 0, err
	}
	rt.mu.Lock()
	ss := rt.latest
	rt.mu.Unlock()
	if staleNonce != 0 {
		old, err := p.cfg.Store.State(id, staleNonce)
		if err != nil {
			return nil, 0, err
		}
		if !old.Complete() {
			return nil, 0, fmt.Errorf("state %d of %s carries only one signature", staleNonce, id)
		}
		ss = *old
	}
	if ss.Nonce == 0 {
		ss = SignedState{State: State{ChannelID: id}}
	}
	if _, err := p.cfg.L1.ForceClose(ctx, &ss); err != nil {
		return nil, 0, err
	}
	ch, err := p.cfg.L1.Channel(ctx, id)
	if err != nil {
		return nil, 0, err
	}
	p.setStatus(rt, StatusClosing, ch.ClosesAt)
	return &ss, ch.ClosesAt, nil
}

// Settle pays out a channel whose challenge period is over.
func (p *Peer) Settle(ctx context.Context, id common.Hash) error {
	rt, err := p.channel(id)
	if err != nil {
		return err
	}
	ch, err := p.cfg.L1.Channel(ctx, id)
	if err != nil {
		return err
	}
	if ch.Status == l1StatusClosed {
		p.setStatus(rt, StatusClosed, 0)
		return nil
	}
	if ch.Status != l1StatusClosing {
		return fmt.Errorf("%w: %s is not closing on L1 (status %d)", ErrNotOpen, id, ch.Status)
	}
	now, _, err := p.cfg.L1.Now(ctx)
	if err != nil {
		return err
	}
	if now < ch.ClosesAt {
		return fmt.Errorf("%w: closes at %d, L1 time is %d", ErrChallengePeriodNotOver, ch.ClosesAt, now)
	}
	if _, err := p.cfg.L1.Settle(ctx, id); err != nil {
		return err
	}
	p.setStatus(rt, StatusClosed, 0)
	return nil
}

// ChannelStatus is what `viaduct channel status` shows.
type ChannelStatus struct {
	Info       Info         `json:"info"`
	Latest     *SignedState `json:"latest"`
	Highest    uint64       `json:"highest"`
	MyBalance  uint256.Int  `json:"myBalance"`
	L1Status   uint8        `json:"l1Status"`
	L1ClosesAt uint64       `json:"l1ClosesAt"`
	L1Nonce    uint64       `json:"l1Nonce"`
	L1Time     uint64       `json:"l1Time"`
	L1DepositA uint256.Int  `json:"l1DepositA"`
	L1DepositB uint256.Int  `json:"l1DepositB"`
}

// Status reports a channel as this party and L1 see it. L1 is read
// first and the channel's status brought up to it before the record is
// reported, so that both parties show a close the moment L1 holds it,
// whoever sent it and whether or not the watcher has seen its event yet.
func (p *Peer) Status(ctx context.Context, id common.Hash) (*ChannelStatus, error) {
	rt, err := p.channel(id)
	if err != nil {
		return nil, err
	}
	ch, err := p.cfg.L1.Channel(ctx, id)
	if err != nil {
		return nil, err
	}
	now, _, err := p.cfg.L1.Now(ctx)
	if err != nil {
		return nil, err
	}
	switch ch.Status {
	case l1StatusClosing:
		rt.mu.Lock()
		st := rt.info.Status
		rt.mu.Unlock()
		if st == StatusOpen || st == StatusFinal {
			p.setStatus(rt, StatusClosing, ch.ClosesAt)
		}
	case l1StatusClosed:
		p.setStatus(rt, StatusClosed, 0)
	}
	rt.mu.Lock()
	st := &ChannelStatus{Info: *rt.info, Highest: rt.highest}
	l := rt.latest
	st.Latest = &l
	st.MyBalance = *l.Balance(rt.info.Me)
	rt.mu.Unlock()
	st.L1Status, st.L1ClosesAt, st.L1Nonce, st.L1Time = ch.Status, ch.ClosesAt, ch.Nonce, now
	st.L1DepositA, st.L1DepositB = *uint256.MustFromBig(ch.DepositA), *uint256.MustFromBig(ch.DepositB)
	return st, nil
}

// List returns every channel's record.
func (p *Peer) List() []Info {
	p.mu.Lock()
	rts := make([]*chanRT, 0, len(p.channels))
	for _, rt := range p.channels {
		rts = append(rts, rt)
	}
	p.mu.Unlock()
	out := make([]Info, 0, len(rts))
	for _, rt := range rts {
		rt.mu.Lock()
		out = append(out, *rt.info)
		rt.mu.Unlock()
	}
	return out
}

// Deposit tops up channel id on L1 on our side; the next payment we make
// acknowledges it in the state.
func (p *Peer) Deposit(ctx context.Context, id common.Hash, amount *uint256.Int) error {
	rt, err := p.channel(id)
	if err != nil {
		return err
	}
	rt.mu.Lock()
	token := rt.info.Token
	rt.mu.Unlock()
	if err := p.cfg.L1.Deposit(ctx, id, token, amount.ToBig()); err != nil {
		return err
	}
	d, err := p.cfg.L1.Deposits(ctx, id)
	if err != nil {
		return err
	}
	rt.mu.Lock()
	rt.onL1 = d
	rt.mu.Unlock()
	return nil
}

// bestState is the watcher's view: our latest state signed by both.
func (p *Peer) bestState(id common.Hash) *SignedState {
	rt, err := p.channel(id)
	if err != nil {
		return nil
	}
	rt.mu.Lock()
	defer rt.mu.Unlock()
	if !rt.latest.Complete() {
		return nil
	}
	l := rt.latest
	return &l
}

// onCloseEvent records that a channel of ours is closing on L1: from now
// on no state is signed for it.
func (p *Peer) onCloseEvent(ev CloseEvent) {
	rt, err := p.channel(ev.ChannelID)
	if err != nil {
		return
	}
	rt.mu.Lock()
	st := rt.info.Status
	rt.mu.Unlock()
	if st == StatusOpen || st == StatusFinal {
		ch, err := p.cfg.L1.Channel(p.ctx, ev.ChannelID)
		if err != nil {
			return
		}
		p.log.Warn("channel is closing on L1", "channel", ev.ChannelID, "nonce", ev.Nonce, "closesAt", ch.ClosesAt)
		p.setStatus(rt, StatusClosing, ch.ClosesAt)
	}
}

// sameBalances reports whether two states agree on everything but the nonce.
func sameBalances(a, b *State) bool {
	c := *b
	c.Nonce = a.Nonce
	return a.Equal(&c)
}
