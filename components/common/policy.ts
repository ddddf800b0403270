/** A minimal IAM policy document shape, so policies are built as data and tested as data. */
export interface PolicyStatement {
  Sid?: string;
  Effect: 'Allow' | 'Deny';
  Principal?: Record<string, string | string[]> | '*';
  Action: string | string[];
  /** Absent only in trust policies (or when NotResource says what is excluded). */
  Resource?: string | string[];
  NotResource?: string | string[];
  Condition?: Record<string, Record<string, string | string[] | boolean>>;
}

export interface PolicyDocument {
  Version: '2012-10-17';
  Statement: PolicyStatement[];
}

export function policy(...statements: PolicyStatement[]): PolicyDocument {
  return { Version: '2012-10-17', Statement: statements };
}

/** Trust policy letting one AWS service assume a role. */
export function assumeRolePolicy(service: string, sourceAccount?: string): PolicyDocument {
  const statement: PolicyStatement = {
    Effect: 'Allow',
    Principal: { Service: service },
    Action: 'sts:AssumeRole',
  };
  // Guards against the confused-deputy problem when the account is known.
  if (sourceAccount !== undefined) {
    statement.Condition = { StringEquals: { 'aws:SourceAccount': sourceAccount } };
  }
  return policy(statement);
}
