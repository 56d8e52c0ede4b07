/**
 * In-memory DriveApp over the fakes' spreadsheets and forms plus its own folders: ids, names, parents, the trash,
 * and sharing (owner, editors, viewers), refusing what Drive refuses:
 * - a file that does not exist, was deleted for ever, or is not shared with the user cannot be got, with one message
 *   for all three ("No item with the given ID could be found …");
 *   https://developers.google.com/apps-script/reference/drive/drive-app#getFileById(String)
 * - a trashed file can still be got by id, and opened: only `isTrashed()` tells;
 *   https://developers.google.com/apps-script/reference/drive/file#isTrashed()
 * - only the owner and editors may share; the owner cannot be removed;
 *   https://developers.google.com/apps-script/reference/drive/file#addEditor(String)
 *   https://developers.google.com/apps-script/reference/drive/file#removeEditor(String)
 * - on a Workspace domain whose administrator turned off sharing outside it, sharing with an outside address fails;
 *   https://support.google.com/a/answer/60781
 * - a service account (…gserviceaccount.com) is a user like any other to share with.
 * Error wording other than getFileById's is paraphrased (Google does not document it).
 */
import type * as Google from '../google-services';
import { isExternal } from './account';
import type { FakeEnv } from './env';
import type { FakeFormApp } from './fake-forms';
import type { FakeSpreadsheetApp } from './fake-spreadsheet';

const NOT_FOUND = 'No item with the given ID could be found. Possibly because you have not edited this item or you do not have permission to access it.';
const EMAIL = /^[^\s@,]+@[^\s@,]+\.[^\s@,]+$/;

export const MIME = {
  folder: 'application/vnd.google-apps.folder',
  spreadsheet: 'application/vnd.google-apps.spreadsheet',
  form: 'application/vnd.google-apps.form',
} as const;

interface Meta {
  id: string;
  mimeType: string;
  owner: string;
  parents: string[];
  trashed: boolean;
  editors: Set<string>;
  viewers: Set<string>;
}

export class FakeUser {
  constructor(
    env: FakeEnv,
    private readonly email: string,
  ) {
    env.counter.expose('User', this);
  }
  getEmail(): string {
    return this.email;
  }
}

export class FakeIterator<T> implements Google.DriveIterator<T> {
  private index = 0;
  constructor(
    env: FakeEnv,
    kind: string,
    private readonly items: T[],
  ) {
    env.counter.expose(kind, this);
  }
  hasNext(): boolean {
    return this.index < this.items.length;
  }
  next(): T {
    const item = this.items[this.index++];
    if (item === undefined) throw new Error('Cannot retrieve the next object: iterator has reached the end.');
    return item;
  }
}

/** File and Folder share their sharing and trash methods. */
abstract class FakeDriveItem {
  constructor(
    protected readonly env: FakeEnv,
    protected readonly drive: FakeDriveApp,
    readonly meta: Meta,
  ) {}

  getId(): string {
    return this.meta.id;
  }
  getName(): string {
    return this.drive.nameOf(this.meta);
  }
  isTrashed(): boolean {
    return this.meta.trashed;
  }
  setTrashed(trashed: boolean): this {
    this.requireWrite();
    this.meta.trashed = Boolean(trashed);
    return this;
  }
  getOwner(): FakeUser {
    return new FakeUser(this.env, this.meta.owner);
  }
  getEditors(): FakeUser[] {
    return [...this.meta.editors].map((e) => new FakeUser(this.env, e));
  }
  getViewers(): FakeUser[] {
    return [...this.meta.viewers].map((e) => new FakeUser(this.env, e));
  }
  getParents(): FakeIterator<FakeDriveFolder> {
    return new FakeIterator(
      this.env,
      'FolderIterator',
      this.meta.parents.map((id) => this.drive.folderItem(id)),
    );
  }
  addEditor(emailAddress: string): this {
    const email = this.checkShare(emailAddress);
    this.meta.viewers.delete(email);
    if (email !== this.meta.owner) this.meta.editors.add(email);
    return this;
  }
  addViewer(emailAddress: string): this {
    const email = this.checkShare(emailAddress);
    // Drive keeps the higher role: adding an editor as a viewer changes nothing.
    if (email !== this.meta.owner && !this.meta.editors.has(email)) this.meta.viewers.add(email);
    return this;
  }
  removeEditor(emailAddress: string): this {
    this.requireWrite();
    const email = String(emailAddress).toLowerCase();
    if (email === this.meta.owner) this.env.fail('The owner of an item cannot be removed.');
    this.meta.editors.delete(email);
    return this;
  }
  removeViewer(emailAddress: string): this {
    this.requireWrite();
    this.meta.viewers.delete(String(emailAddress).toLowerCase());
    return this;
  }
  moveTo(destination: FakeDriveFolder): this {
    this.requireWrite();
    this.meta.parents = [destination.getId()];
    return this;
  }

  protected requireWrite(): void {
    this.env.requireAuthorized('DriveApp');
    const user = this.env.userEmail;
    if (user !== this.meta.owner && !this.meta.editors.has(user)) this.env.fail('Access denied: DriveApp.');
  }
  private checkShare(emailAddress: string): string {
    this.requireWrite();
    const email = String(emailAddress).trim().toLowerCase();
    if (!EMAIL.test(email)) this.env.fail(`Invalid argument: ${emailAddress}`);
    if (this.env.accountPolicy.externalSharingBlocked && isExternal(this.env.accountPolicy, email)) {
      this.env.fail(`Sharing with ${email} is not allowed: your organization does not allow sharing outside ${this.env.accountPolicy.domain}.`);
    }
    return email;
  }
}

export class FakeDriveFile extends FakeDriveItem implements Google.DriveFile {
  constructor(env: FakeEnv, drive: FakeDriveApp, meta: Meta) {
    super(env, drive, meta);
    env.counter.expose('File', this);
  }
}

export class FakeDriveFolder extends FakeDriveItem implements Google.Folder {
  constructor(env: FakeEnv, drive: FakeDriveApp, meta: Meta) {
    super(env, drive, meta);
    env.counter.expose('Folder', this);
  }
  getUrl(): string {
    return `https://drive.google.com/drive/folders/${this.meta.id}`;
  }
  /** Files in this folder with this name, trashed ones excluded (as Drive's search does by default). */
  getFilesByName(name: string): FakeIterator<FakeDriveFile> {
    return new FakeIterator(
      this.env,
      'FileIterator',
      this.drive.filesIn(this.meta.id).filter((f) => f.getName() === name),
    );
  }
}

export class FakeDriveApp implements Google.DriveApp {
  private readonly metas = new Map<string, Meta>();
  private readonly folderNames = new Map<string, string>();
  private readonly deleted = new Set<string>();
  readonly rootId: string;

  constructor(
    private readonly env: FakeEnv,
    private readonly apps: { spreadsheetApp: FakeSpreadsheetApp; formApp: FakeFormApp },
  ) {
    this.rootId = env.newId('root');
    env.counter.expose('DriveApp', this);
  }

  getFileById(id: string): FakeDriveFile {
    this.env.requireAuthorized('DriveApp.getFileById');
    const meta = this.visible(id);
    if (!meta || meta.mimeType === MIME.folder) this.env.fail(NOT_FOUND);
    return new FakeDriveFile(this.env, this, meta);
  }
  getFolderById(id: string): FakeDriveFolder {
    this.env.requireAuthorized('DriveApp.getFolderById');
    const meta = this.visible(id);
    if (!meta || meta.mimeType !== MIME.folder) this.env.fail(NOT_FOUND);
    return new FakeDriveFolder(this.env, this, meta);
  }
  /** A new folder in the user's My Drive root. */
  createFolder(name: string): FakeDriveFolder {
    this.env.requireAuthorized('DriveApp.createFolder');
    return this.newFolder(name, [this.rootId]);
  }

  // --- harness ---

  /** Someone empties the trash or deletes the file for ever: it no longer exists anywhere. */
  deleteForever(id: string): void {
    this.deleted.add(id);
    this.metas.delete(id);
    this.apps.spreadsheetApp.spreadsheets.delete(id);
    this.apps.formApp.forms.delete(id);
  }
  /** The raw sharing record of a file or folder (uncounted). */
  sharing(id: string): { owner: string; editors: string[]; viewers: string[]; parents: string[]; trashed: boolean } {
    const meta = this.meta(id);
    if (!meta) throw new Error(`no file ${id}`);
    return { owner: meta.owner, editors: [...meta.editors].sort(), viewers: [...meta.viewers].sort(), parents: [...meta.parents], trashed: meta.trashed };
  }
  /** Every folder with this name (uncounted). */
  foldersNamed(name: string): string[] {
    return [...this.folderNames].filter(([, n]) => n === name).map(([id]) => id);
  }

  // --- internals ---

  nameOf(meta: Meta): string {
    if (meta.mimeType === MIME.folder) return this.folderNames.get(meta.id) ?? '';
    if (meta.mimeType === MIME.form) return this.apps.formApp.forms.get(meta.id)?.getTitle() ?? '';
    return this.apps.spreadsheetApp.spreadsheets.get(meta.id)?.getName() ?? '';
  }
  folderItem(id: string): FakeDriveFolder {
    return new FakeDriveFolder(this.env, this, this.meta(id)!);
  }
  filesIn(folderId: string): FakeDriveFile[] {
    const ids = [...this.apps.spreadsheetApp.spreadsheets.keys(), ...this.apps.formApp.forms.keys()];
    return ids
      .map((id) => this.meta(id)!)
      .filter((m) => m.parents.includes(folderId) && !m.trashed && this.canSee(m))
      .map((m) => new FakeDriveFile(this.env, this, m));
  }
  newFolder(name: string, parents: string[]): FakeDriveFolder {
    const id = this.env.newId('folder');
    this.folderNames.set(id, name);
    const meta = this.record(id, MIME.folder, this.env.userEmail);
    meta.parents = parents;
    return new FakeDriveFolder(this.env, this, meta);
  }

  /**
   * Drive's record of an id, made on first sight for spreadsheets and forms that the other fakes created (in the
   * owner's My Drive root, owned by their creator: the bound spreadsheet's owner unless the form says otherwise).
   */
  private meta(id: string): Meta | null {
    if (this.deleted.has(id)) return null;
    const known = this.metas.get(id);
    if (known) return known;
    if (id === this.rootId) return this.record(id, MIME.folder, this.env.ownerEmail);
    const form = this.apps.formApp.forms.get(id);
    if (form) return this.record(id, MIME.form, form.owner);
    if (this.apps.spreadsheetApp.spreadsheets.has(id)) return this.record(id, MIME.spreadsheet, this.env.ownerEmail);
    return null;
  }
  private record(id: string, mimeType: string, owner: string): Meta {
    const meta: Meta = { id, mimeType, owner, parents: id === this.rootId ? [] : [this.rootId], trashed: false, editors: new Set(), viewers: new Set() };
    this.metas.set(id, meta);
    return meta;
  }
  private visible(id: string): Meta | null {
    const meta = this.meta(String(id));
    return meta && this.canSee(meta) ? meta : null;
  }
  private canSee(meta: Meta): boolean {
    const user = this.env.userEmail;
    return meta.owner === user || meta.editors.has(user) || meta.viewers.has(user);
  }
}
