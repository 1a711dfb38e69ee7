package main

import (
	"fmt"
	"os"
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
	if err := missingFlags(app, args); err != nil {
		return err
	}
	return app.Run(args)
}

// missingFlags refuses, in one line with the hint to --help, a command
// line that lacks a required flag of the command it runs (neither given
// nor in its environment variable): urfave/cli would print the whole help
// page above its error.
func missingFlags(app *cli.App, args []string) error {
	if len(args) > 0 && args[len(args)-1] == "--generate-bash-completion" {
		return nil
	}
	leaf, path, i := leafCommand(app, args)
	if leaf == nil || hasSubcommands(leaf) {
		return nil
	}
	given := map[string]bool{}
	for _, a := range args[i:] {
		if a == "--" {
			break
		}
		if isFlag(a) {
			name := flagName(a)
			if slices.Contains(cli.HelpFlag.Names(), name) || lookup(leaf.Flags, a) == nil {
				return nil // the help page asked for, or an unknown flag for the parser to name
			}
			given[name] = true
		}
	}
	var missing []string
	for _, f := range leaf.Flags {
		r, ok := f.(cli.RequiredFlag)
		if !ok || !r.IsRequired() {
			continue
		}
		set := slices.ContainsFunc(f.Names(), func(n string) bool { return given[n] })
		if ev, ok := f.(interface{ GetEnvVars() []string }); ok && !set {
			set = slices.ContainsFunc(ev.GetEnvVars(), func(e string) bool { return os.Getenv(e) != "" })
		}
		if !set {
			missing = append(missing, "--"+f.Names()[0])
		}
	}
	if len(missing) == 0 {
		return nil
	}
	name := app.Name + " " + strings.Join(path, " ")
	return fmt.Errorf("'%s' needs %s (see '%s --help')", name, strings.Join(missing, " and "), name)
}

// oneLineUsageErrors makes a flag the parser refuses (unknown, or a value
// it cannot read) one line with the hint to --help, in every command,
// instead of the error above the whole help page.
func oneLineUsageErrors(app *cli.App) {
	app.OnUsageError = func(c *cli.Context, err error, _ bool) error {
		return fmt.Errorf("%w (see '%s --help')", err, app.Name)
	}
	var walk func(path string, cmds []*cli.Command)
	walk = func(path string, cmds []*cli.Command) {
		for _, cmd := range cmds {
			name := path + " " + cmd.Name
			cmd.OnUsageError = func(c *cli.Context, err error, _ bool) error {
				return fmt.Errorf("%w (see '%s --help')", err, name)
			}
			walk(name, cmd.Subcommands)
		}
	}
	walk(app.Name, app.Commands)
}

// leafCommand finds the command args run: the command, the names on its
// path, and the index of its first argument; nil if args name none.
func leafCommand(app *cli.App, args []string) (leaf *cli.Command, path []string, i int) {
	if len(args) < 2 {
		return nil, nil, 0
	}
	i = skipFlags(app.Flags, args, 1)
	cmds := app.Commands
	for i < len(args) {
		j := slices.IndexFunc(cmds, func(c *cli.Command) bool { return c.HasName(args[i]) })
		if j < 0 {
			break
		}
		cmd := cmds[j]
		if isHelp(cmd) {
			return nil, nil, 0
		}
		leaf, path, i = cmd, append(path, cmd.Name), i+1
		if !hasSubcommands(cmd) {
			break
		}
		i = skipFlags(cmd.Flags, args, i)
		cmds = cmd.Subcommands
	}
	return leaf, path, i
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
	leaf, path, i := leafCommand(app, args)
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
