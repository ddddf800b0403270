/**
 * Secrets of the functions (bot token, link key, webhook secret) from SSM Parameter Store
 * SecureStrings, read once per function instance at cold start. Only the functions' role may
 * read them; the values never go to a log or an error message (an error names the parameter).
 */
import { GetParameterCommand, type SSMClient } from '@aws-sdk/client-ssm';
import type { SecretReader } from '../ports';

export function ssmSecretReader(client: SSMClient): SecretReader {
  return async (name) => {
    let value: string | undefined;
    try {
      const out = await client.send(new GetParameterCommand({ Name: name, WithDecryption: true }));
      value = out.Parameter?.Value;
    } catch (error) {
      throw new Error(`cannot read SSM parameter ${name}: ${(error as Error).name}`);
    }
    if (value === undefined || value === '') throw new Error(`SSM parameter ${name} is empty`);
    return value;
  };
}
