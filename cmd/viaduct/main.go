// Command viaduct is the one binary of the Viaduct layer 2: the development
// network, the node, the deployer, the wallet commands, channels, the light
// client and the benchmark.
package main

import (
	"errors"
	"fmt"
	"os"

	"github.com/urfave/cli/v2"

	"github.com/viaduct-l2/viaduct/internal/version"
)

func main() {
	if err := run(newApp(), os.Args); err != nil {
		fmt.Fprintln(os.Stderr, "viaduct:", err)
		os.Exit(1)
	}
}

func newApp() *cli.App {
	cli.VersionPrinter = func(c *cli.Context) { fmt.Fprintln(c.App.Writer, version.Info()) }
	app := &cli.App{
		Name:                 "viaduct",
		Usage:                "an Ethereum layer 2: optimistic payments rollup, state channels and a light client",
		Version:              version.Version,
		EnableBashCompletion: true,
		Commands: []*cli.Command{
			versionCommand,
			devCommand,
			nodeCommand,
			deployCommand,
			depositCommand,
			transferCommand,
			withdrawCommand,
			finalizeCommand,
			withdrawalsCommand,
			balanceCommand,
			statusCommand,
			channelCommand,
			lightCommand,
			benchCommand,
			completionCommand,
		},
		CommandNotFound: func(c *cli.Context, name string) {
			fmt.Fprintf(c.App.ErrWriter, "viaduct: unknown command %q; run 'viaduct help' for the list\n", name)
			cli.OsExiter(2)
		},
	}
	oneLineUsageErrors(app)
	return app
}

var versionCommand = &cli.Command{
	Name:  "version",
	Usage: "print the version of this build and of the specification it implements",
	Action: func(c *cli.Context) error {
		_, err := fmt.Fprintln(c.App.Writer, version.Info())
		return err
	},
}

var completionCommand = &cli.Command{
	Name:      "completion",
	Usage:     "print the shell completion script for bash, zsh or fish",
	ArgsUsage: "bash|zsh|fish",
	Description: `Load it in the running shell, or install it:

   bash: source <(viaduct completion bash)     (or save it in /etc/bash_completion.d/viaduct)
   zsh:  source <(viaduct completion zsh)      (or save it as _viaduct in a directory of $fpath)
   fish: viaduct completion fish | source      (or save it in ~/.config/fish/completions/viaduct.fish)`,
	Action: func(c *cli.Context) error {
		if c.NArg() != 1 {
			return errors.New("name the shell: viaduct completion bash, zsh or fish")
		}
		var script string
		switch shell := c.Args().First(); shell {
		case "bash":
			script = bashCompletion
		case "zsh":
			script = zshCompletion
		case "fish":
			s, err := c.App.ToFishCompletion()
			if err != nil {
				return err
			}
			script = s
		default:
			return fmt.Errorf("no completion for %q: bash, zsh or fish", shell)
		}
		_, err := fmt.Fprint(c.App.Writer, script)
		return err
	},
}

// bashCompletion and zshCompletion ask viaduct itself for the words to
// complete (urfave/cli's --generate-bash-completion), as the scripts that
// urfave/cli ships do.
const bashCompletion = `# bash completion for viaduct: source <(viaduct completion bash)
_viaduct_complete() {
  local cur words
  COMPREPLY=()
  cur="${COMP_WORDS[COMP_CWORD]}"
  words=("${COMP_WORDS[@]:0:$COMP_CWORD}")
  local opts
  if [[ "$cur" == -* ]]; then
    opts=$("${words[@]}" "$cur" --generate-bash-completion 2>/dev/null)
  else
    opts=$("${words[@]}" --generate-bash-completion 2>/dev/null)
  fi
  COMPREPLY=($(compgen -W "${opts}" -- "${cur}"))
  return 0
}
complete -o bashdefault -o default -F _viaduct_complete viaduct
`

const zshCompletion = `#compdef viaduct
# zsh completion for viaduct: source <(viaduct completion zsh)
_viaduct() {
  local -a opts
  local cur
  cur=${words[-1]}
  if [[ "$cur" == "-"* ]]; then
    opts=("${(@f)$(${words[@]:0:#words[@]-1} ${cur} --generate-bash-completion 2>/dev/null)}")
  else
    opts=("${(@f)$(${words[@]:0:#words[@]-1} --generate-bash-completion 2>/dev/null)}")
  fi
  if [[ "${opts[1]}" != "" ]]; then
    _describe 'values' opts
  else
    _files
  fi
}
if [[ "$(basename -- ${(%):-%x})" != "_viaduct" ]]; then
  compdef _viaduct viaduct
fi
`
