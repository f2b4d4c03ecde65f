// The command line's flags: held to action.yml, read through the action's own parseInputs, and every
// mistake named.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { cliMessage, FLAGS, helpText, inputReader, parseCommandLine, resolveApiKey, UsageError, wantsColor, type CommandLine } from '../../src/cli/flags.ts';
import { InputError, parseInputs } from '../../src/core/options.ts';

const ACTION = parse(readFileSync(path.join(import.meta.dirname, '..', '..', 'action.yml'), 'utf8')) as { inputs: Record<string, { description: string; default?: string }> };
const ENV = { VT_API_KEY: 'vt-key-0123456789abcdef', RL_API_KEY: 'rl-key-0123456789abcdef' };
const noFile = (file: string): string => {
  throw Object.assign(new Error(`ENOENT: ${file}`), { code: 'ENOENT' });
};

function usageError(argv: string[]): string {
  try {
    parseCommandLine(argv);
  } catch (error) {
    if (error instanceof UsageError) return error.message;
    throw error;
  }
  throw new Error(`accepted: ${argv.join(' ')}`);
}

/** What parseInputs makes of a command line, as the CLI will call it. */
function inputsOf(argv: string[], env: Record<string, string> = ENV) {
  const commandLine = parseCommandLine(argv);
  return parseInputs(inputReader(commandLine, resolveApiKey(commandLine, env, noFile)), noFile, '/work/app');
}

function inputErrorOf(argv: string[]): string {
  const commandLine = parseCommandLine(argv);
  const key = resolveApiKey(commandLine, ENV, noFile);
  try {
    parseInputs(inputReader(commandLine, key), noFile, '/work/app');
  } catch (error) {
    if (error instanceof InputError) return cliMessage(error.message, key);
    throw error;
  }
  throw new Error(`accepted: ${argv.join(' ')}`);
}

describe('held to action.yml', () => {
  // `urls` is the command line's own --urls FILE|- (a list of URLs in a file), read into the input.
  const inputs = Object.entries(ACTION.inputs).filter(([name]) => name !== 'files' && name !== 'api-key' && name !== 'urls');

  test.each(inputs)('input %s has a flag with its default and description', (name, input) => {
    const flag = FLAGS.find((f) => f.name === name);
    expect(flag).toMatchObject({ kind: 'input', type: 'string', default: String(input.default ?? ''), description: input.description });
  });

  test('no input flag that action.yml does not have', () => {
    expect(
      FLAGS.filter((f) => f.kind === 'input')
        .map((f) => f.name)
        .sort(),
    ).toEqual(inputs.map(([name]) => name).sort());
  });

  test('with no flags, the command line reads exactly as the action with its defaults', () => {
    const action = parseInputs((name) => (name === 'files' ? 'dist/**' : name === 'api-key' ? ENV.VT_API_KEY : String(ACTION.inputs[name]?.default ?? '')), noFile, '/work/app');
    expect(inputsOf(['dist/**'])).toEqual(action);
  });

  test('--help lists every flag with its default', () => {
    const help = helpText('1.2.3');
    for (const flag of FLAGS) {
      const line = help.split('\n').find((l) => l.includes(`--${flag.name}`) && l.startsWith('  -'));
      expect(line, flag.name).toBeDefined();
      if (flag.default !== '') expect(line).toContain(`default: ${flag.default}`);
    }
    expect(help).toContain('Exit status: 0 the gate passed, 1 it failed, 2 a usage or configuration error.');
    expect(help.split('\n').filter((l) => l.length > 80)).toEqual([]);
  });
});

describe('values reach parseInputs', () => {
  test('globs are the files, one a line; flags are their inputs', () => {
    const inputs = inputsOf(['dist/**', '!dist/*.map', '--max-malicious', '3', '--on-unknown=fail', '--provider', 'reversinglabs', '--api-url', 'http://127.0.0.1:8080/api/v3']);
    expect(inputs.patterns).toBe('dist/**\n!dist/*.map');
    expect(inputs.policy).toMatchObject({ maxMalicious: 3, onUnknown: 'fail' });
    expect([inputs.provider, inputs.apiUrl, inputs.apiKey]).toEqual(['reversinglabs', 'http://127.0.0.1:8080/api/v3', ENV.RL_API_KEY]);
  });

  test('repeatable list flags become lines', () => {
    const sha = 'a'.repeat(64);
    const inputs = inputsOf(['x', '--ignore-engines', 'NoisyAV', '--ignore-engines', 'Other', '--allow', `${sha} vendor tool`]);
    expect(inputs.policy.ignoreEngines).toEqual(['noisyav', 'other']);
    expect(inputs.policy.allow).toEqual({ [sha]: 'vendor tool' });
  });

  test('--sarif and --sarif-path both set the SARIF path', () => {
    expect(inputsOf(['x', '--sarif', 'out/a.sarif']).sarifPath).toBe('/work/app/out/a.sarif');
    expect(inputsOf(['x', '--sarif-path', 'out/a.sarif']).sarifPath).toBe('/work/app/out/a.sarif');
    expect(usageError(['x', '--sarif', 'a', '--sarif-path', 'b'])).toBe('--sarif and --sarif-path name the same report: give one of them.');
  });

  test('the command line keeps its own flags apart', () => {
    const commandLine = parseCommandLine(['--hashes', '-', '--json', 'r.json', '--junit', 'r.xml', '--gitlab-codequality', 'cq.json', '--markdown', 's.md', '--no-color', '-h', '--version']);
    expect(commandLine).toEqual<CommandLine>({
      globs: [],
      given: { hashes: '-', json: 'r.json', junit: 'r.xml', 'gitlab-codequality': 'cq.json', markdown: 's.md', 'no-color': true, help: true, version: true },
    });
  });

  test.each([
    [['--max-malicious', 'abc'], '--max-malicious must be a whole number, 0 or more; got "abc".'],
    [['--on-unknown', 'maybe'], '--on-unknown must be one of `pass`, `warn`, `fail`; got "maybe".'],
    [['--concurrency', '0'], '--concurrency must be a whole number, from 1 to 256; got "0".'],
    [['--api-url', 'http://example.com'], '--api-url must use https:// (http:// is accepted only for localhost, 127.0.0.0/8 and [::1]); got "http://example.com/".'],
    [
      ['--allow', 'nothex reason'],
      '--allow line 1 must be `<sha256> <reason>`, optionally followed by `expires=YYYY-MM-DD`: 64 hexadecimal characters, a space, and why the artifact is allowed (or `<url> <reason>` for a URL of `urls`); got "nothex reason".',
    ],
  ])("%j: the action's validation, in flags: %s", (argv, message) => {
    expect(inputErrorOf(['dist/**', ...argv])).toBe(message);
  });

  test('no globs (and no --hashes or URLs) says what to give', () => {
    expect(inputErrorOf([])).toMatch(/^Give one or more glob patterns \(for example artifact-reputation-gate 'dist\/\*\*'\), or --hashes FILE, or URLs with --urls FILE or --urls-file FILE\./);
  });
});

describe('the API key', () => {
  test.each([
    [[], ENV, { key: ENV.VT_API_KEY, from: 'VT_API_KEY' }],
    [['--provider', 'ReversingLabs'], ENV, { key: ENV.RL_API_KEY, from: 'RL_API_KEY' }],
    [['--api-key-file', 'key.txt'], {}, { key: 'file-key', from: '--api-key-file key.txt' }],
  ] as const)('%j with %j', (argv, env, expected) => {
    expect(resolveApiKey(parseCommandLine([...argv]), env, () => 'file-key\n')).toEqual(expected);
  });

  test.each([
    [[], {}, 'No API key: set VT_API_KEY to your VirusTotal API key, or pass --api-key-file FILE.'],
    [['--provider', 'reversinglabs'], { VT_API_KEY: 'x' }, 'No API key: set RL_API_KEY to your ReversingLabs API key, or pass --api-key-file FILE.'],
  ] as const)('missing: %j with %j', (argv, env, message) => {
    expect(() => resolveApiKey(parseCommandLine([...argv]), env, noFile)).toThrow(message);
  });

  test("a misspelt provider is named before the key is looked for, with the action's message", () => {
    expect(() => resolveApiKey(parseCommandLine(['--provider', 'rl']), {}, noFile)).toThrow('--provider must be one of `virustotal`, `reversinglabs`; got "rl".');
    expect(
      cliMessage(
        messageOf(() => parseInputs((name) => (name === 'provider' ? 'rl' : name === 'files' ? 'x' : name === 'api-key' ? 'k'.repeat(32) : ''))),
        { from: '' },
      ),
    ).toBe('--provider must be one of `virustotal`, `reversinglabs`; got "rl".');
  });

  test('an unreadable or empty key file is named', () => {
    expect(() => resolveApiKey(parseCommandLine(['--api-key-file', 'gone.txt']), ENV, noFile)).toThrow('--api-key-file must name a readable file; cannot read "gone.txt" (ENOENT).');
    expect(() => resolveApiKey(parseCommandLine(['--api-key-file', 'empty.txt']), ENV, () => '\n')).toThrow('--api-key-file "empty.txt" is empty: it must hold the API key.');
  });

  test('a bad key is refused in the words of where it came from, never quoted', () => {
    const commandLine = parseCommandLine(['dist/**']);
    const key = resolveApiKey(commandLine, { VT_API_KEY: 'has space' }, noFile);
    expect(() => parseInputs(inputReader(commandLine, key), noFile)).toThrow(InputError);
    let message = '';
    try {
      parseInputs(inputReader(commandLine, key), noFile);
    } catch (error) {
      message = cliMessage((error as Error).message, key);
    }
    expect(message).toMatch(/^The API key \(from VT_API_KEY\) must be one line of visible ASCII characters/);
    expect(message).not.toContain('has space');
  });

  test.each([['--api-key', 'k'], ['--api-key=k'], ['dist/**', '--api-key']])('%s is refused, saying why and what to use', (...argv) => {
    expect(usageError(argv)).toBe(
      '--api-key is not a flag: a key on the command line shows in the process list and the shell history. Set VT_API_KEY (or RL_API_KEY with --provider reversinglabs), or pass --api-key-file FILE.',
    );
  });

  test('after --, --api-key is a glob like any other argument', () => {
    expect(parseCommandLine(['--', '--api-key']).globs).toEqual(['--api-key']);
  });
});

function messageOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('it did not throw');
}

test.each([
  [true, {}, [], true],
  [false, {}, [], false],
  [true, { NO_COLOR: '1' }, [], false],
  [true, { NO_COLOR: '' }, [], true],
  [true, {}, ['--no-color'], false],
] as const)('colour on a terminal %s with %j and %j: %s', (isTTY, env, argv, expected) => {
  expect(wantsColor(isTTY, env, parseCommandLine([...argv]))).toBe(expected);
});

describe('usage errors name the flag', () => {
  test.each([
    [['--max-malicous', '1'], 'Unknown flag --max-malicous (did you mean --max-malicious?). Run artifact-reputation-gate --help for the flags.'],
    [['--frobnicate'], 'Unknown flag --frobnicate. Run artifact-reputation-gate --help for the flags.'],
    [['-x'], 'Unknown flag -x. Run artifact-reputation-gate --help for the flags.'],
    [['--json'], '--json needs a value: FILE.'],
    [['--json='], '--json needs a value: FILE.'],
    [['--json', '--junit', 'r.xml'], '--json needs a value (FILE), but the next argument is a flag; write --json=VALUE if the value really starts with a dash.'],
    [['--help=yes'], '--help takes no value. Run artifact-reputation-gate --help for the flags.'],
    [['--max-malicious', '1', '--max-malicious', '2'], '--max-malicious is given more than once; give it once.'],
    [['--files', 'dist/**'], "--files is not a flag: give the glob patterns as arguments, for example artifact-reputation-gate 'dist/**'."],
  ])('%j', (argv, message) => {
    expect(usageError(argv)).toBe(message);
  });

  test('an empty input flag means its default, as an empty action input does', () => {
    expect(inputsOf(['x', '--max-malicious='])).toMatchObject({ policy: { maxMalicious: 0 } });
  });
});
