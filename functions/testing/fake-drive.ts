/**
 * In-memory Google Drive v3 model for the fake server: folders and files with parents, the `q` search
 * language (the subset: name, mimeType, parents, trashed; and / or / not; parentheses), and permissions.
 * Creating a spreadsheet file creates the spreadsheet in the Sheets model too, as Drive does.
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

export interface FakeFile {
  kind: 'drive#file';
  id: string;
  name: string;
  mimeType: string;
  parents: string[];
  trashed: boolean;
  createdTime: string;
  permissions: FakePermission[];
  /** Private key-value pairs of the app that wrote them. */
  appProperties?: Record<string, string>;
}

const ROLES: readonly PermissionRole[] = ['owner', 'organizer', 'fileOrganizer', 'writer', 'commenter', 'reader'];

export class FakeDriveStore {
  readonly files = new Map<string, FakeFile>();
  /** Sharing e-mails Drive would have sent, as (fileId, emailAddress). */
  readonly notifications: Array<{ fileId: string; emailAddress: string }> = [];
  private nextId = 1;

  constructor(
    private readonly sheets: FakeSheetsStore,
    private readonly now: () => number,
    /** The caller's identity: owner of what it creates. */
    readonly ownerEmail: string,
  ) {}

  /** Test seeding: a folder shared with the caller. */
  addFolder(name: string): string {
    return this.insert({ name, mimeType: FOLDER_MIME, parents: ['root'] }).id;
  }

  /** Registers a spreadsheet the Sheets model created (spreadsheets.create puts it in My Drive). */
  registerSpreadsheet(id: string, name: string): void {
    this.insert({ name, mimeType: SPREADSHEET_MIME, parents: ['root'] }, id);
  }

  file(id: string): FakeFile {
    const f = this.files.get(id);
    if (!f) throw new GoogleApiError(404, `File not found: ${id}.`, 'NOT_FOUND', 'notFound');
    return f;
  }

  childrenNamed(folderId: string, name: string): FakeFile[] {
    return [...this.files.values()].filter((f) => !f.trashed && f.name === name && f.parents.includes(folderId));
  }

  list(params: URLSearchParams): Record<string, unknown> {
    const q = params.get('q');
    const test = q ? parseQuery(q) : () => true;
    let found = [...this.files.values()].filter(test);
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
      files: page.map((f) => structuredClone(f)),
    };
  }

  create(body: { name?: string; mimeType?: string; parents?: string[] }): FakeFile {
    for (const parent of body.parents ?? []) {
      const folder = this.files.get(parent);
      if (!folder || folder.mimeType !== FOLDER_MIME) throw notFound(`File not found: ${parent}.`);
    }
    const file = this.insert({ name: body.name ?? 'Untitled', mimeType: body.mimeType ?? 'application/octet-stream', parents: body.parents ?? ['root'] });
    if (file.mimeType === SPREADSHEET_MIME) this.sheets.create({ properties: { title: file.name } }, file.id);
    return file;
  }

  /** files.update (metadata only): `name`, and `appProperties` merged key by key (null deletes a key). */
  update(fileId: string, body: { name?: string; appProperties?: Record<string, string | null> }): FakeFile {
    const file = this.file(fileId);
    const unknown = Object.keys(body ?? {}).filter((k) => k !== 'name' && k !== 'appProperties');
    if (unknown.length) throw invalid(`The fake Drive server does not model updating ${unknown.join(', ')}.`);
    if (body.name !== undefined) file.name = body.name;
    for (const [key, value] of Object.entries(body.appProperties ?? {})) {
      if (Buffer.byteLength(key + (value ?? '')) > 124) throw invalid('The size of the key and value of a property is limited to 124 bytes.');
      file.appProperties ??= {};
      if (value === null) delete file.appProperties[key];
      else file.appProperties[key] = value;
    }
    return structuredClone(file);
  }

  createPermission(fileId: string, body: Partial<FakePermission>, sendNotificationEmail: boolean): FakePermission {
    const file = this.file(fileId);
    if (!body.type || !['user', 'group', 'domain', 'anyone'].includes(body.type)) throw invalid('The permission type field is required.');
    if (!body.role || !ROLES.includes(body.role)) throw invalid('The permission role field is required.');
    if (body.role === 'owner') throw new GoogleApiError(403, 'The transferOwnership parameter must be enabled when the permission role is \'owner\'.', 'PERMISSION_DENIED', 'forbidden');
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

  deletePermission(fileId: string, permissionIdToDelete: string): void {
    const file = this.file(fileId);
    const permission = file.permissions.find((p) => p.id === permissionIdToDelete);
    if (!permission) throw notFound(`Permission not found: ${permissionIdToDelete}.`);
    if (permission.role === 'owner') throw new GoogleApiError(403, 'The owner of a file cannot be removed.', 'PERMISSION_DENIED', 'cannotRemoveOwner');
    file.permissions = file.permissions.filter((p) => p !== permission);
  }

  /** E-mail addresses (or `anyone` / domains) that can open the file, owner included. */
  sharedWith(fileId: string): string[] {
    return this.file(fileId).permissions.map((p) => p.emailAddress ?? p.domain ?? p.type).sort();
  }

  private insert(fields: { name: string; mimeType: string; parents: string[] }, id?: string): FakeFile {
    const file: FakeFile = {
      kind: 'drive#file',
      id: id ?? `fake-file-${String(this.nextId++).padStart(4, '0')}`,
      ...fields,
      trashed: false,
      createdTime: new Date(this.now() + this.nextId).toISOString(),
      permissions: [{ kind: 'drive#permission', id: permissionId(this.ownerEmail), type: 'user', role: 'owner', emailAddress: this.ownerEmail }],
    };
    this.files.set(file.id, file);
    return file;
  }
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
    if (/\s/.test(ch)) { i++; continue; }
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
      const l = left, r = andExpr();
      left = (f) => l(f) || r(f);
    }
    return left;
  }
  function andExpr(): (f: FakeFile) => boolean {
    let left = unary();
    while (isWord(peek(), 'and')) {
      pos++;
      const l = left, r = unary();
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
