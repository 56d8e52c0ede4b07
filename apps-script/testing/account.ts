/**
 * The kind of Google account the script runs under, which decides several documented behaviours the fakes model:
 * form sign-in defaults, Drive sharing outside the domain, and the daily e-mail quota.
 */
export interface AccountPolicy {
  kind: 'consumer' | 'workspace';
  /** Workspace: the organisation's domain (`odloc.go.th`). */
  domain: string | null;
  /**
   * Workspace: new forms accept responses only from signed-in users of the domain. The Forms default is off, but an
   * administrator can turn it on for the organisation ("Default: require sign-in to respond" in the Admin console).
   * https://developers.google.com/apps-script/reference/forms/form#setRequireLogin(Boolean)
   */
  formsRequireLoginByDefault: boolean;
  /** Workspace: the administrator forbids sharing a form with responders outside the domain. */
  formsExternalRespondersBlocked: boolean;
  /**
   * Workspace: Drive sharing outside the domain is off (Admin console › Drive › Sharing settings), so sharing a file
   * with a service account (…iam.gserviceaccount.com) or a coordinator's gmail fails.
   * https://support.google.com/a/answer/60781
   */
  externalSharingBlocked: boolean;
}

export const CONSUMER: AccountPolicy = {
  kind: 'consumer',
  domain: null,
  formsRequireLoginByDefault: false,
  formsExternalRespondersBlocked: false,
  externalSharingBlocked: false,
};

export function workspace(domain: string, policy: Partial<Omit<AccountPolicy, 'kind' | 'domain'>> = {}): AccountPolicy {
  return {
    kind: 'workspace',
    domain,
    formsRequireLoginByDefault: policy.formsRequireLoginByDefault ?? false,
    formsExternalRespondersBlocked: policy.formsExternalRespondersBlocked ?? false,
    externalSharingBlocked: policy.externalSharingBlocked ?? false,
  };
}

/** Whether an e-mail address is outside the account's domain (always false on a consumer account). */
export function isExternal(account: AccountPolicy, email: string): boolean {
  if (account.kind === 'consumer' || !account.domain) return false;
  return !email.toLowerCase().endsWith(`@${account.domain.toLowerCase()}`);
}
