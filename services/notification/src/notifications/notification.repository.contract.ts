import { DuplicateKeyError } from '@corredor/persistence';
import { AUDIENCES, newCaseNotification, notification, type Audience, type Notification, type NotificationViewer } from './notification';
import type { NotificationQuery, NotificationRepository } from './notification.repository';

let n = 0;
const id = (prefix: string) => `${prefix}-0000-4000-8000-${(++n).toString(16).padStart(12, '0')}`;
const at = (minute: number) => new Date(Date.UTC(2026, 10, 23, 10, minute));

const aNotification = (tenant = 'tijuana', minute = n % 60, centreLanguages: readonly string[] = ['es']) =>
  newCaseNotification({ id: id('00000000'), tenant, caseId: id('11111111'), sourceEventId: id('22222222'), now: at(minute), centreLanguages });

const addressed = (audience: Audience, minute: number, tenant = 'tijuana'): Notification =>
  notification({
    id: id('00000000'),
    tenant,
    kind: 'case.task-due',
    priority: 'normal',
    audience,
    subject: { caseId: id('11111111'), taskId: id('33333333') },
    sourceEventId: id('22222222'),
    now: at(minute),
    centreLanguages: ['es'],
  });

const ana: NotificationViewer = { userId: 'ana', roles: ['promoter'] };
const luis: NotificationViewer = { userId: 'luis', roles: ['coordinator'] };

export function describeNotificationRepositoryContract(name: string, setup: () => Promise<NotificationRepository>): void {
  describe(`${name} notification repository`, () => {
    let notifications: NotificationRepository;
    const list = (viewer: NotificationViewer, query: Partial<NotificationQuery> = {}, tenant = 'tijuana') =>
      notifications.list(tenant, { viewer, after: null, limit: 10, ...query });
    beforeEach(async () => {
      notifications = await setup();
    });

    it("keeps one notification per source event and lists the centre's own, newest first", async () => {
      const older = aNotification('tijuana', 1);
      const newer = aNotification('tijuana', 2);
      await notifications.add(older);
      await notifications.add(newer);
      await notifications.add(aNotification('tapachula', 3));
      await expect(notifications.add({ ...aNotification(), sourceEventId: older.sourceEventId })).rejects.toBeInstanceOf(DuplicateKeyError);
      expect((await list(ana)).map((x) => x.id)).toEqual([newer.id, older.id]);
      expect(await list(ana, { limit: 1 })).toHaveLength(1);
    });

    it('keeps what it stores, language, audience and subject included', async () => {
      const note = aNotification('tijuana', 5, ['ht', 'es']);
      const reminder = addressed(AUDIENCES.user('ana'), 6);
      await notifications.add(note);
      await notifications.add(reminder);
      expect(await list(ana)).toEqual([reminder, note]);
      expect(note).toMatchObject({ language: 'ht', title: 'Nouvo dosye', priority: 'normal', audience: AUDIENCES.everyone(), taskId: null, transferId: null });
    });

    it('shows each member of staff only what is addressed to them or to one of their roles', async () => {
      const everyone = addressed(AUDIENCES.everyone(), 1);
      const coordinators = addressed(AUDIENCES.coordinators(), 2);
      const toAna = addressed(AUDIENCES.user('ana'), 3);
      const toLuis = addressed(AUDIENCES.user('luis'), 4);
      for (const note of [everyone, coordinators, toAna, toLuis]) await notifications.add(note);
      expect((await list(ana)).map((x) => x.id)).toEqual([toAna.id, everyone.id]);
      expect((await list(luis)).map((x) => x.id)).toEqual([toLuis.id, coordinators.id, everyone.id]);
      expect((await list({ userId: 'rosa', roles: ['coordinator', 'lawyer'] })).map((x) => x.id)).toEqual([coordinators.id, everyone.id]);
      expect(await list(luis, {}, 'tapachula')).toEqual([]);
    });

    it('pages newest first from a position, ties on time broken by id', async () => {
      const notes = [addressed(AUDIENCES.everyone(), 7), addressed(AUDIENCES.everyone(), 7), addressed(AUDIENCES.everyone(), 8), addressed(AUDIENCES.everyone(), 6)];
      for (const note of notes) await notifications.add(note);
      const all = await list(ana);
      expect(all.map((x) => x.id)).toEqual([notes[2], notes[0], notes[1], notes[3]].map((x) => x?.id));
      const seen: string[] = [];
      let after: NotificationQuery['after'] = null;
      for (;;) {
        const [next] = await list(ana, { after, limit: 1 });
        if (!next) break;
        seen.push(next.id);
        after = [next.createdAt, next.id];
      }
      expect(seen).toEqual(all.map((x) => x.id));
    });

    it("marks read per user, idempotently, only at the notification's centre and only for whom it is addressed", async () => {
      const note = aNotification('tijuana', 1);
      const coordinators = addressed(AUDIENCES.coordinators(), 9);
      await notifications.add(note);
      await notifications.add(coordinators);
      expect(await notifications.markRead('tapachula', note.id, { userId: 'rosa', roles: ['coordinator'] })).toBe(false);
      expect(await notifications.markRead('tijuana', coordinators.id, ana)).toBe(false);
      expect(await notifications.markRead('tijuana', note.id, ana)).toBe(true);
      expect(await notifications.markRead('tijuana', note.id, ana)).toBe(true);
      expect(await list(ana, { unreadOnly: true })).toEqual([]);
      expect((await list(luis, { unreadOnly: true })).map((x) => [x.id, x.readBy])).toEqual([
        [coordinators.id, []],
        [note.id, ['ana']],
      ]);
    });
  });
}
