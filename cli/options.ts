import { Option } from 'commander';

export function formatOption<T extends string>(choices: readonly T[], fallback: T = choices[0] as T): Option {
  return new Option('--format <format>', 'output format').choices([...choices]).default(fallback);
}
