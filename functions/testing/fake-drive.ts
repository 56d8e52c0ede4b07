/**
 * In-memory Google Drive v3 model for the fake server: My Drive folders and files with owners, shared drives,
 * the `q` search language (the subset: name, mimeType, parents, trashed; and / or / not; parentheses), app
 * properties, and permissions, direct and inherited. Creating a spreadsheet file creates the spreadsheet in the
 * Sheets model too, as Drive does.
 *
 * It fails where Drive fails:
 * - The caller is a service account with no Drive storage of its own (since 2025-04-15): creating a file in My
 *   Drive, its own or a person's folder, is refused with 403 storageQuotaExceeded ("Service Accounts do not have
 *   storage quota"); creating in a shared drive works.
 *   https://developers.google.com/workspace/drive/api/guides/handle-errors (storageQuotaExceeded),
 *   https://developers.google.com/workspace/drive/api/guides/about-shareddrives
 * - Permissions propagate from folders and shared drives; inherited ones cannot be removed on the file (403).
 *   https://developers.google.com/workspace/drive/api/guides/manage-sharing ("How permissions propagate")
 * - Shared-drive items need supportsAllDrives (else 404) and files.list does not populate their `permissions`.
 *   https://developers.google.com/workspace/drive/api/guides/shared-drives-diffs,
 *   https://developers.google.com/workspace/drive/api/guides/enable-shareddrives
 */
import { GoogleApiError, invalid, notFound } from './google-error';
import type { FakeSheetsStore } from './fake-sheets';

export const FOLDER_MIME = 'application/vnd.google-apps.folder';
export const SPREADSHEET_MIME = 'application/vnd.google-apps.spreadsheet';

export type PermissionRole = 'owner' | 'organizer' | 'fileOrganizer' | 'writer' | 'commenter' | 'reader';

export interface FakePermission {
  kind: 'drive#permission';
  id: string;
  type: 'user' | 'group' | 'domain' | 'anyone';
  role: PermissionRole;
  emailAddress?: string;
  domain?: string;
}

export interface PermissionDetail {
  permissionType: 'file' | 'member';
  role: PermissionRole;
  inherited: boolean;
  inheritedFrom?: string;
}

/** A permission as permissions.list shows it: with where it comes from. */
export type ListedPermission = FakePermission & { permissionDetails: PermissionDetail[] };

export interface FakeFile {
  kind: 'drive#file';
  id: string;
  name: string;
  mimeType: string;
  parents: string[];
  trashed: boolean;
  createdTime: string;
  /** Permissions set on this item itself (inherited ones are computed from its parents). */
  permissions: FakePermission[];
  /** The shared drive holding it; undefined in My Drive. */
  driveId?: string;
  /** Private key-value pairs of the app that wrote them. */
  appProperties?: Record<string, string>;
}

export interface FakeSharedDrive {
  id: string;
  name: string;
  members: FakePermission[];
}

const ROLES: readonly PermissionRole[] = ['owner', 'organizer', 'fileOrganizer', 'writer', 'commenter', 'reader'];
const RANK: Record<PermissionRole, number> = { owner: 6, organizer: 5, fileOrganizer: 4, writer: 3, commenter: 2, reader: 1 };

export interface FakeDriveOptions {
  /** The caller (the function's service account). */
  callerEmail: string;
  /** The person whose My Drive holds the folders seeded with addFolder. */
  ownerEmail?: string;
  /** A caller with Drive storage (an OAuth user): creating in My Drive works. Service accounts have none. */
  callerHasStorage?: boolean;
}

export class FakeDriveStore {
  readonly files = new Map<string, FakeFile>();
  readonly drives = new Map<string, FakeSharedDrive>();
  /** Sharing e-mails Drive would have sent, as (fileId, emailAddress). */
  readonly notifications: Array<{ fileId: string; emailAddress: string }> = [];
  readonly callerEmail: string;
  /** The person who owns the My Drive folders and the files prepared in them. */
  readonly ownerEmail: string;
  callerHasStorage: boolean;
  private nextId = 1;

  constructor(
    private readonly sheets: FakeSheetsStore,
    private readonly now: () => number,
    options: FakeDriveOptions,
  ) {
    this.callerEmail = options.callerEmail.toLowerCase();
    this.ownerEmail = (options.ownerEmail ?? 'owner@example.go.th').toLowerCase();
    this.callerHasStorage = options.callerHasStorage ?? false;
  }

  // ---- seeding (what people do in the Drive UI or the owner's Apps Script set-up) ----

  /** A folder in the owner's My Drive, shared with the caller as editor (the My Drive set-up). */
  addFolder(name: string, { sharedWithCaller = true }: { sharedWithCaller?: boolean } = {}): string {
    const folder = this.insert({ name, mimeType: FOLDER_MIME, parents: ['root'] }, this.ownerEmail);
    if (sharedWithCaller) folder.permissions.push(userPermission(this.callerEmail, 'writer'));
    return folder.id;
  }

  /** A shared drive whose members are the owner (manager) and the caller (Content manager); its id is its root folder. */
  addSharedDrive(name: string, members: Array<{ email: string; role: PermissionRole }> = []): string {
    const id = `fake-drive-${String(this.nextId++).padStart(4, '0')}`;
    this.drives.set(id, {
      id,
      name,
      members: [
        userPermission(this.ownerEmail, 'organizer'),
        userPermission(this.callerEmail, 'fileOrganizer'),
        ...members.map((m) => userPermission(m.email, m.role)),
      ],
    });
    return id;
  }

  /** A spreadsheet the owner made in their folder (the owner's set-up), with its spreadsheet in the Sheets model. */
  addSpreadsheet(folderId: string, name: string): string {
    const parent = this.file(folderId);
    const file = this.insert({ name, mimeType: SPREADSHEET_MIME, parents: [folderId] }, parent.driveId ? undefined : this.ownerEmail, parent.driveId);
    this.sheets.create({ properties: { title: name } }, file.id);
    return file.id;
  }

  /** Registers a spreadsheet the Sheets model created (spreadsheets.create puts it in the caller's My Drive). */
  registerSpreadsheet(id: string, name: string): void {
    this.insert({ name, mimeType: SPREADSHEET_MIME, parents: ['root'] }, this.callerEmail, undefined, id);
  }

  /** Refuses a spreadsheets.create by a caller without storage, as Drive does. */
  checkCanCreateInMyDrive(): void {
    if (!this.callerHasStorage) throw storageQuotaExceeded();
  }

  // ---- API ----

  file(id: string, params?: URLSearchParams): FakeFile {
    const f = this.files.get(id) ?? (this.drives.has(id) ? this.driveRoot(id) : undefined);
    if (!f) throw new GoogleApiError(404, `File not found: ${id}.`, 'NOT_FOUND', 'notFound');
    // Shared-drive items are invisible to callers that do not declare they support shared drives.
    if (params && f.driveId && params.get('supportsAllDrives') !== 'true') throw new GoogleApiError(404, `File not found: ${id}.`, 'NOT_FOUND', 'notFound');
    // A file the caller has no access to does not exist as far as the API tells it.
    if (params && this.callerRole(f.id) === undefined) throw new GoogleApiError(404, `File not found: ${id}.`, 'NOT_FOUND', 'notFound');
    return f;
  }

  /**
   * The caller's highest role on a file (direct, inherited, or through "anyone with the link"); undefined without
   * access. A spreadsheet the Drive model does not know (seeded straight into the Sheets model) counts as owned.
   */
  callerRole(id: string): PermissionRole | undefined {
    const f = this.files.get(id) ?? (this.drives.has(id) ? this.driveRoot(id) : undefined);
    if (!f) return this.sheets.spreadsheets.has(id) ? 'owner' : undefined;
    const mine = this.effectivePermissions(f).filter((p) => p.emailAddress === this.callerEmail || p.type === 'anyone');
    return mine.reduce<PermissionRole | undefined>((best, p) => (!best || RANK[p.role] > RANK[best] ? p.role : best), undefined);
  }

  /** Sheets answers 403 to a caller who may not read (or, for a write, edit) the spreadsheet. */
  checkSheetsAccess(spreadsheetId: string, write: boolean): void {
    if (!this.files.has(spreadsheetId)) return;
    const role = this.callerRole(spreadsheetId);
    if (!role || (write && RANK[role] < RANK.writer)) {
      throw new GoogleApiError(403, 'The caller does not have permission', 'PERMISSION_DENIED', 'forbidden');
    }
  }

  /** files.get: what files.list would show for it. */
  get(id: string, params: URLSearchParams): Record<string, unknown> {
    return this.shown(this.file(id, params));
  }

  childrenNamed(folderId: string, name: string): FakeFile[] {
    return [...this.files.values()].filter((f) => !f.trashed && f.name === name && f.parents.includes(folderId));
  }

  list(params: URLSearchParams): Record<string, unknown> {
    const q = params.get('q');
    const test = q ? parseQuery(q) : () => true;
    const allDrives = params.get('includeItemsFromAllDrives') === 'true' && params.get('supportsAllDrives') === 'true';
    let found = [...this.files.values()].filter((f) => (allDrives || !f.driveId) && test(f));
    const orderBy = params.get('orderBy');
    if (orderBy) found = sortFiles(found, orderBy);
    const pageSize = Number(params.get('pageSize') ?? 100);
    if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > 1000) throw invalid('Invalid value for pageSize');
    const offset = Number(params.get('pageToken') ?? 0);
    const page = found.slice(offset, offset + pageSize);
    return {
      kind: 'drive#fileList',
      incompleteSearch: false,
      ...(offset + pageSize < found.length ? { nextPageToken: String(offset + pageSize) } : {}),
      files: page.map((f) => this.shown(f)),
    };
  }

  create(
    body: { name?: string; mimeType?: string; parents?: string[]; appProperties?: Record<string, string> },
    params?: URLSearchParams,
  ): Record<string, unknown> {
    let driveId: string | undefined;
    for (const parent of body.parents ?? []) {
      const folder = this.files.get(parent) ?? (this.drives.has(parent) ? this.driveRoot(parent) : undefined);
      if (!folder || folder.mimeType !== FOLDER_MIME) throw notFound(`File not found: ${parent}.`);
      if (folder.driveId && params?.get('supportsAllDrives') !== 'true') throw notFound(`File not found: ${parent}.`);
      driveId = folder.driveId;
    }
    if (!driveId && !this.callerHasStorage) throw storageQuotaExceeded();
    const file = this.insert(
      { name: body.name ?? 'Untitled', mimeType: body.mimeType ?? 'application/octet-stream', parents: body.parents ?? ['root'] },
      driveId ? undefined : this.callerEmail,
      driveId,
    );
    if (body.appProperties) this.update(file.id, { appProperties: body.appProperties });
    if (file.mimeType === SPREADSHEET_MIME) this.sheets.create({ properties: { title: file.name } }, file.id);
    return this.shown(file);
  }

  /** files.update (metadata only): `name`, `trashed`, and `appProperties` merged key by key (null deletes a key). */
  update(
    fileId: string,
    body: { name?: string; trashed?: boolean; appProperties?: Record<string, string | null> },
    params?: URLSearchParams,
  ): Record<string, unknown> {
    const file = this.file(fileId, params);
    const unknown = Object.keys(body ?? {}).filter((k) => !['name', 'appProperties', 'trashed'].includes(k));
    if (unknown.length) throw invalid(`The fake Drive server does not model updating ${unknown.join(', ')}.`);
    if (body.name !== undefined) file.name = body.name;
    if (body.trashed !== undefined) file.trashed = body.trashed;
    for (const [key, value] of Object.entries(body.appProperties ?? {})) {
      // https://developers.google.com/workspace/drive/api/guides/properties: key + value at most 124 bytes (UTF-8).
      if (Buffer.byteLength(key + (value ?? '')) > 124) throw invalid('The size of the key and value of a property is limited to 124 bytes.');
      file.appProperties ??= {};
      if (value === null) delete file.appProperties[key];
      else file.appProperties[key] = value;
    }
    return this.shown(file);
  }

  createPermission(fileId: string, body: Partial<FakePermission>, sendNotificationEmail: boolean, params?: URLSearchParams): FakePermission {
    const file = this.file(fileId, params);
    if (!body.type || !['user', 'group', 'domain', 'anyone'].includes(body.type)) throw invalid('The permission type field is required.');
    if (!body.role || !ROLES.includes(body.role)) throw invalid('The permission role field is required.');
    if (body.role === 'owner')
      throw new GoogleApiError(403, "The transferOwnership parameter must be enabled when the permission role is 'owner'.", 'PERMISSION_DENIED', 'forbidden');
    if ((body.type === 'user' || body.type === 'group') && !body.emailAddress) throw invalid('The permission emailAddress field is required.');
    const email = body.emailAddress?.toLowerCase();
    const existing = file.permissions.find((p) => p.type === body.type && (email ? p.emailAddress === email : p.domain === body.domain));
    if (existing) {
      existing.role = body.role;
      return structuredClone(existing);
    }
    const permission: FakePermission = {
      kind: 'drive#permission',
      id: body.type === 'anyone' ? 'anyoneWithLink' : permissionId(email ?? body.domain ?? ''),
      type: body.type,
      role: body.role,
      ...(email ? { emailAddress: email } : {}),
      ...(body.domain ? { domain: body.domain } : {}),
    };
    file.permissions.push(permission);
    if (sendNotificationEmail && email) this.notifications.push({ fileId, emailAddress: email });
    return structuredClone(permission);
  }

  /** permissions.list: direct and inherited, each with permissionDetails saying which. */
  listPermissions(fileId: string, params?: URLSearchParams): ListedPermission[] {
    return this.effectivePermissions(this.file(fileId, params));
  }

  deletePermission(fileId: string, permissionIdToDelete: string, params?: URLSearchParams): void {
    const file = this.file(fileId, params);
    const permission = file.permissions.find((p) => p.id === permissionIdToDelete);
    if (!permission) {
      if (this.effectivePermissions(file).some((p) => p.id === permissionIdToDelete)) {
        throw new GoogleApiError(
          403,
          'The permission is inherited and cannot be removed from this item. Change it on the folder or shared drive it comes from.',
          'PERMISSION_DENIED',
          'cannotDeletePermission',
        );
      }
      throw notFound(`Permission not found: ${permissionIdToDelete}.`);
    }
    if (permission.role === 'owner') throw new GoogleApiError(403, 'The owner of a file cannot be removed.', 'PERMISSION_DENIED', 'cannotRemoveOwner');
    file.permissions = file.permissions.filter((p) => p !== permission);
  }

  /** E-mail addresses (or `anyone` / domains) that can open the file, directly or inherited, owner included. */
  sharedWith(fileId: string): string[] {
    return this.effectivePermissions(this.file(fileId))
      .map((p) => p.emailAddress ?? p.domain ?? p.type)
      .sort();
  }

  /** Only the permissions set on the file itself. */
  directlySharedWith(fileId: string): string[] {
    return this.file(fileId)
      .permissions.map((p) => p.emailAddress ?? p.domain ?? p.type)
      .sort();
  }

  /** Spreadsheets in a folder, trashed ones left out. */
  spreadsheetsIn(folderId: string): FakeFile[] {
    return [...this.files.values()].filter((f) => f.parents.includes(folderId) && f.mimeType === SPREADSHEET_MIME && !f.trashed);
  }

  // ---- internals ----

  private effectivePermissions(file: FakeFile): ListedPermission[] {
    const byId = new Map<string, ListedPermission>();
    const add = (p: FakePermission, detail: PermissionDetail) => {
      const listed = byId.get(p.id);
      if (!listed) {
        byId.set(p.id, { ...structuredClone(p), permissionDetails: [detail] });
        return;
      }
      listed.permissionDetails.push(detail);
      if (RANK[p.role] > RANK[listed.role]) listed.role = p.role;
    };
    for (const p of file.permissions) add(p, { permissionType: 'file', role: p.role, inherited: false });
    const seen = new Set<string>();
    let parents = file.parents;
    while (parents.length) {
      const next: string[] = [];
      for (const parentId of parents) {
        if (seen.has(parentId)) continue;
        seen.add(parentId);
        const drive = this.drives.get(parentId);
        if (drive) {
          for (const m of drive.members) add(m, { permissionType: 'member', role: m.role, inherited: true, inheritedFrom: drive.id });
          continue;
        }
        const parent = this.files.get(parentId);
        if (!parent) continue;
        // A folder's owner owns the folder, not what others put in it; every other permission propagates.
        for (const p of parent.permissions) if (p.role !== 'owner') add(p, { permissionType: 'file', role: p.role, inherited: true, inheritedFrom: parent.id });
        next.push(...parent.parents);
      }
      parents = next;
    }
    return [...byId.values()];
  }

  /** A file as the API shows it: shared-drive items carry driveId and no `permissions` (shared-drives-diffs). */
  private shown(file: FakeFile): Record<string, unknown> {
    const { permissions: _direct, ...withoutPermissions } = structuredClone(file);
    const role = this.callerRole(file.id);
    const canEdit = role !== undefined && RANK[role] >= RANK.writer;
    const rest = { ...withoutPermissions, capabilities: { canEdit, canShare: canEdit } };
    return file.driveId ? rest : { ...rest, permissions: this.effectivePermissions(file) };
  }

  private driveRoot(driveId: string): FakeFile {
    const drive = this.drives.get(driveId)!;
    return {
      kind: 'drive#file',
      id: drive.id,
      name: drive.name,
      mimeType: FOLDER_MIME,
      parents: [],
      trashed: false,
      createdTime: new Date(0).toISOString(),
      permissions: [],
      driveId,
    };
  }

  private insert(fields: { name: string; mimeType: string; parents: string[] }, owner: string | undefined, driveId?: string, id?: string): FakeFile {
    const file: FakeFile = {
      kind: 'drive#file',
      id: id ?? `fake-file-${String(this.nextId++).padStart(4, '0')}`,
      ...fields,
      trashed: false,
      createdTime: new Date(this.now() + this.nextId).toISOString(),
      // Shared-drive items are owned by the drive: no owner permission.
      permissions: owner ? [userPermission(owner, 'owner')] : [],
      ...(driveId ? { driveId } : {}),
    };
    this.files.set(file.id, file);
    return file;
  }
}

function userPermission(email: string, role: PermissionRole): FakePermission {
  const emailAddress = email.toLowerCase();
  return { kind: 'drive#permission', id: permissionId(emailAddress), type: 'user', role, emailAddress };
}

function storageQuotaExceeded(): GoogleApiError {
  return new GoogleApiError(
    403,
    'Service Accounts do not have storage quota. Leverage shared drives (https://developers.google.com/workspace/drive/api/guides/about-shareddrives), or use OAuth delegation (http://support.google.com/a/answer/7281227) instead.',
    'PERMISSION_DENIED',
    'storageQuotaExceeded',
  );
}

/** Drive gives a user the same permission ID on every file. */
function permissionId(key: string): string {
  let h = 0;
  for (const ch of key) h = (h * 31 + ch.codePointAt(0)!) >>> 0;
  return String(10_000_000_000 + h);
}

function sortFiles(files: FakeFile[], orderBy: string): FakeFile[] {
  const keys = orderBy.split(',').map((k) => k.trim().split(/\s+/) as [string, string?]);
  for (const [key] of keys) if (!['createdTime', 'name', 'name_natural'].includes(key)) throw invalid(`Invalid orderBy: ${orderBy}`);
  return [...files].sort((a, b) => {
    for (const [key, dir] of keys) {
      const field = key === 'createdTime' ? 'createdTime' : 'name';
      const cmp = a[field].localeCompare(b[field]);
      if (cmp) return dir === 'desc' ? -cmp : cmp;
    }
    return 0;
  });
}

// ---- the q language ----

type Token = { kind: 'string' | 'word' | 'op' | 'paren'; text: string };

function tokenize(q: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < q.length) {
    const ch = q[i]!;
    if (/\s/.test(ch)) {
      i++;
      continue;
    }
    if (ch === "'") {
      let text = '';
      i++;
      while (i < q.length && q[i] !== "'") {
        if (q[i] === '\\') i++;
        text += q[i] ?? '';
        i++;
      }
      if (i >= q.length) throw badQuery();
      i++;
      tokens.push({ kind: 'string', text });
    } else if (ch === '(' || ch === ')') {
      tokens.push({ kind: 'paren', text: ch });
      i++;
    } else if ('=!<>'.includes(ch)) {
      const op = q.slice(i, i + 2) === '!=' ? '!=' : ch;
      tokens.push({ kind: 'op', text: op });
      i += op.length;
    } else {
      const m = /^[A-Za-z_]+/.exec(q.slice(i));
      if (!m) throw badQuery();
      tokens.push({ kind: 'word', text: m[0] });
      i += m[0].length;
    }
  }
  return tokens;
}

const badQuery = () => new GoogleApiError(400, 'Invalid Value', 'INVALID_ARGUMENT', 'invalid');

/** Parses a Drive query into a predicate; unsupported terms are rejected rather than ignored. */
export function parseQuery(q: string): (f: FakeFile) => boolean {
  const tokens = tokenize(q);
  let pos = 0;
  const peek = () => tokens[pos];
  const next = () => {
    const t = tokens[pos++];
    if (!t) throw badQuery();
    return t;
  };
  const isWord = (t: Token | undefined, w: string) => t?.kind === 'word' && t.text.toLowerCase() === w;

  function orExpr(): (f: FakeFile) => boolean {
    let left = andExpr();
    while (isWord(peek(), 'or')) {
      pos++;
      const l = left,
        r = andExpr();
      left = (f) => l(f) || r(f);
    }
    return left;
  }
  function andExpr(): (f: FakeFile) => boolean {
    let left = unary();
    while (isWord(peek(), 'and')) {
      pos++;
      const l = left,
        r = unary();
      left = (f) => l(f) && r(f);
    }
    return left;
  }
  function unary(): (f: FakeFile) => boolean {
    if (isWord(peek(), 'not')) {
      pos++;
      const inner = unary();
      return (f) => !inner(f);
    }
    if (peek()?.kind === 'paren' && peek()!.text === '(') {
      pos++;
      const inner = orExpr();
      const close = next();
      if (close.text !== ')') throw badQuery();
      return inner;
    }
    return term();
  }
  function term(): (f: FakeFile) => boolean {
    const first = next();
    if (first.kind === 'string') {
      if (!isWord(next(), 'in')) throw badQuery();
      const field = next();
      if (!isWord(field, 'parents')) throw badQuery();
      return (f) => f.parents.includes(first.text);
    }
    if (first.kind !== 'word') throw badQuery();
    const op = next();
    const value = next();
    switch (first.text) {
      case 'name':
      case 'mimeType': {
        if (value.kind !== 'string') throw badQuery();
        const field = first.text;
        if (op.text === '=') return (f) => f[field] === value.text;
        if (op.text === '!=') return (f) => f[field] !== value.text;
        if (op.kind === 'word' && op.text === 'contains' && field === 'name') return (f) => f.name.includes(value.text);
        throw badQuery();
      }
      case 'trashed': {
        if (value.kind !== 'word' || !['true', 'false'].includes(value.text)) throw badQuery();
        const wanted = value.text === 'true';
        if (op.text === '=') return (f) => f.trashed === wanted;
        if (op.text === '!=') return (f) => f.trashed !== wanted;
        throw badQuery();
      }
      default:
        throw badQuery();
    }
  }

  const predicate = orExpr();
  if (pos !== tokens.length) throw badQuery();
  return predicate;
}
