package main

import (
	"fmt"
	"slices"
	"strings"

	"github.com/urfave/cli/v2"
)

// run runs app on the command line args, its flags taken in any position.
//
// urfave/cli v2 hands a command's arguments to Go's flag package, which
// stops at the first positional argument: in `light balance ADDRESS
// --rollup R`, --rollup would be left among the arguments, and a command
// that re-parsed them by hand could lose the flags written before ADDRESS.
// So the command line is put in the order the parser reads before it runs:
// the flags of the command it names first, then "--", then its positional
// arguments. A command that takes no positional arguments (no ArgsUsage)
// refuses any, rather than ignore them.
func run(app *cli.App, args []string) error {
	args, err := interspersed(app, args)
	if err != nil {
		return err
	}
	return app.Run(args)
}

// interspersed returns args (the program name first) with the flags of the
// command they run moved before its positional arguments, which follow a
// "--". Everything after a "--" the user wrote stays positional. A flag the
// command does not define stays a flag, for the parser to refuse by name.
// It leaves args as they are for shell completion, the help command and
// commands with subcommands of their own (`viaduct light` alone).
func interspersed(app *cli.App, args []string) ([]string, error) {
	if len(args) < 2 || args[len(args)-1] == "--generate-bash-completion" {
		return args, nil
	}
	i := skipFlags(app.Flags, args, 1)
	cmds := app.Commands
	var leaf *cli.Command
	var path []string
	for i < len(args) {
		j := slices.IndexFunc(cmds, func(c *cli.Command) bool { return c.HasName(args[i]) })
		if j < 0 {
			break
		}
		cmd := cmds[j]
		if isHelp(cmd) {
			return args, nil
		}
		leaf, path, i = cmd, append(path, cmd.Name), i+1
		if !hasSubcommands(cmd) {
			break
		}
		i = skipFlags(cmd.Flags, args, i)
		cmds = cmd.Subcommands
	}
	if leaf == nil || hasSubcommands(leaf) || leaf.SkipFlagParsing {
		return args, nil
	}
	var flags, pos []string
	// A flag the command does not define, or a request for its help: the
	// parser names the one, cli shows the other, either way nothing runs.
	unknown, help := false, false
	for j := i; j < len(args); j++ {
		a := args[j]
		if a == "--" {
			pos = append(pos, args[j+1:]...)
			break
		}
		if !isFlag(a) {
			pos = append(pos, a)
			continue
		}
		flags = append(flags, a)
		if slices.Contains(cli.HelpFlag.Names(), flagName(a)) {
			help = true
		} else if lookup(leaf.Flags, a) == nil {
			unknown = true
		}
		if takesValue(leaf.Flags, a) && j+1 < len(args) {
			flags = append(flags, args[j+1])
			j++
		}
	}
	help = help || len(pos) > 0 && (pos[0] == "help" || pos[0] == "h")
	if strings.TrimSpace(leaf.ArgsUsage) == "" && len(pos) > 0 && !help && !unknown {
		name := app.Name + " " + strings.Join(path, " ")
		return nil, fmt.Errorf("unexpected argument %q: '%s' takes flags only (see '%s --help')", pos[0], name, name)
	}
	out := append(slices.Clip(args[:i]), flags...)
	if len(pos) > 0 {
		out = append(append(out, "--"), pos...)
	}
	return out, nil
}

// skipFlags returns the index of the first argument from i on that is not
// one of flags (with its value).
func skipFlags(flags []cli.Flag, args []string, i int) int {
	for i < len(args) && isFlag(args[i]) && args[i] != "--" {
		if takesValue(flags, args[i]) {
			i++
		}
		i++
	}
	return i
}

// isFlag reports whether a is written as a flag ("-x", "--name",
// "--name=value"); a lone "-" is an argument, as for Go's flag package.
func isFlag(a string) bool { return len(a) > 1 && a[0] == '-' }

// takesValue reports whether the flag written as a (without "=value") is
// one of flags that takes its value from the next argument. An unknown
// flag is taken to have none.
func takesValue(flags []cli.Flag, a string) bool {
	if strings.Contains(a, "=") {
		return false
	}
	f := lookup(flags, a)
	if f == nil {
		return false
	}
	if v, ok := f.(interface{ TakesValue() bool }); ok {
		return v.TakesValue()
	}
	return true
}

// lookup returns the one of flags written as a ("-name", "--name" or
// "--name=value"), or nil.
func lookup(flags []cli.Flag, a string) cli.Flag {
	name := flagName(a)
	for _, f := range flags {
		if slices.Contains(f.Names(), name) {
			return f
		}
	}
	return nil
}

// flagName is the name of the flag written as a.
func flagName(a string) string {
	name, _, _ := strings.Cut(strings.TrimLeft(a, "-"), "=")
	return name
}

// hasSubcommands reports whether cmd has subcommands besides the help
// command that urfave/cli adds to every command it runs.
func hasSubcommands(cmd *cli.Command) bool {
	return slices.ContainsFunc(cmd.Subcommands, func(c *cli.Command) bool { return !isHelp(c) })
}

func isHelp(cmd *cli.Command) bool { return cmd.Name == "help" }
