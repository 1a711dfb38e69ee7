package main

import (
	"errors"
	"fmt"
	"math/big"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"
)

// Amounts are one convention in every command. An input is a decimal
// number of whole ETH or whole tokens, optionally followed by a unit
// (parseAmount); an output is the amount in whole units with the symbol
// (101.5 ETH, 12.5 TST), and in --json the raw base units as a decimal
// string (a JSON number would lose wei in tools that read numbers as
// doubles, jq and JavaScript among them).

// amountSyntax is what --amount takes, in every command.
const amountSyntax = "a decimal number of whole ETH (1.5) or of whole tokens of the token in use (12.5), optionally followed by a unit: ether, gwei or wei for ETH (1.5ether, 20gwei, 1000wei), the token's symbol for a token (12.5TST)"

// errBadAmount is returned for an amount that is not a non-negative
// decimal with an optional unit.
var errBadAmount = errors.New("invalid amount")

// asset is what an amount counts: ETH (the zero token) or an ERC-20.
type asset struct {
	token    common.Address
	symbol   string
	decimals uint8
}

// ethAsset is ETH: 18 decimals.
var ethAsset = asset{symbol: "ETH", decimals: 18}

// ethUnits are the units an ETH amount may carry, by their decimals.
var ethUnits = map[string]int{"ether": 18, "eth": 18, "gwei": 9, "wei": 0}

// parseAmount reads s (amountSyntax) as an amount of a, in its base
// units. Fractions finer than a base unit are refused, not rounded, and so
// is anything above 256 bits. Zero is allowed; a command that needs more
// says so.
func parseAmount(s string, a asset) (*big.Int, error) {
	t := strings.TrimSpace(s)
	cut := strings.IndexFunc(t, func(r rune) bool { return (r < '0' || r > '9') && r != '.' })
	num, unit := t, ""
	if cut >= 0 {
		num, unit = t[:cut], strings.TrimSpace(t[cut:])
	}
	decimals := int(a.decimals)
	if unit != "" {
		d, ok := a.unit(unit)
		if !ok {
			return nil, fmt.Errorf("%w: %q: %s", errBadAmount, s, a.unitsHint())
		}
		decimals = d
	}
	whole, frac, hasDot := strings.Cut(num, ".")
	if whole == "" && (!hasDot || frac == "") || strings.Contains(frac, ".") {
		return nil, fmt.Errorf("%w: %q: want a decimal number such as 1.5", errBadAmount, s)
	}
	frac = strings.TrimRight(frac, "0")
	if len(frac) > decimals {
		return nil, fmt.Errorf("%w: %q has more than %d decimals", errBadAmount, s, decimals)
	}
	v, ok := new(big.Int).SetString("0"+whole+frac+strings.Repeat("0", decimals-len(frac)), 10)
	if !ok {
		return nil, fmt.Errorf("%w: %q", errBadAmount, s)
	}
	if v.BitLen() > 256 {
		return nil, fmt.Errorf("%w: %q does not fit in 256 bits", errBadAmount, s)
	}
	return v, nil
}

// unit is the number of decimals unit u stands for in an amount of a.
func (a asset) unit(u string) (int, bool) {
	if a.token == (common.Address{}) {
		d, ok := ethUnits[strings.ToLower(u)]
		return d, ok
	}
	if a.symbol != "" && strings.EqualFold(u, a.symbol) {
		return int(a.decimals), true
	}
	return 0, false
}

func (a asset) unitsHint() string {
	if a.token == (common.Address{}) {
		return "an ETH amount's unit is ether, eth, gwei or wei"
	}
	if a.symbol == "" {
		return fmt.Sprintf("an amount of token %s takes no unit", a.token)
	}
	return fmt.Sprintf("an amount of %s takes no unit but %s", a.symbol, a.symbol)
}

// format prints v base units of a in whole units with the symbol, every
// significant decimal kept: "101.5 ETH", "12.5 TST".
func (a asset) format(v *big.Int) string {
	sym := a.symbol
	if sym == "" {
		sym = "of token " + a.token.Hex()
	}
	return formatUnits(v, int(a.decimals)) + " " + sym
}

// format256 is format for a uint256 amount.
func (a asset) format256(v *uint256.Int) string { return a.format(v.ToBig()) }

// formatUnits prints v base units in whole units of `decimals`, with every
// significant decimal and no exponent: what parseAmount reads back.
func formatUnits(v *big.Int, decimals int) string {
	neg := v.Sign() < 0
	s := new(big.Int).Abs(v).String()
	if len(s) <= decimals {
		s = strings.Repeat("0", decimals-len(s)+1) + s
	}
	whole, frac := s[:len(s)-decimals], strings.TrimRight(s[len(s)-decimals:], "0")
	if frac != "" {
		whole += "." + frac
	}
	if neg {
		return "-" + whole
	}
	return whole
}
