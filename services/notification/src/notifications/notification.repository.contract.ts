import { DuplicateKeyError } from '@corredor/persistence';
import { newCaseNotification } from './notification';
import type { NotificationRepository } from './notification.repository';

let n = 0;
const id = (prefix: string) => `${prefix}-0000-4000-8000-${(++n).toString(16).padStart(12, '0')}`;
const aNotification = (tenant = 'tijuana', minute = n, centreLanguages: readonly string[] = ['es']) =>
  newCaseNotification({ id: id('00000000'), tenant, caseId: id('11111111'), sourceEventId: id('22222222'), now: new Date(Date.UTC(2026, 10, 23, 10, minute)), centreLanguages });

export function describeNotificationRepositoryContract(name: string, setup: () => Promise<NotificationRepository>): void {
  describe(`${name} notification repository`, () => {
    let notifications: NotificationRepository;
    beforeEach(async () => {
      notifications = await setup();
    });

    it('keeps one notification per source event and lists the centre\'s own, newest first', async () => {
      const older = aNotification('tijuana', 1);
      const newer = aNotification('tijuana', 2);
      await notifications.add(older);
      await notifications.add(newer);
      await notifications.add(aNotification('tapachula'));
      await expect(notifications.add({ ...aNotification(), sourceEventId: older.sourceEventId })).rejects.toBeInstanceOf(DuplicateKeyError);
      expect((await notifications.list('tijuana', { limit: 10 })).map((x) => x.id)).toEqual([newer.id, older.id]);
      expect(await notifications.list('tijuana', { limit: 1 })).toHaveLength(1);
    });

    it('keeps what it stores, language included', async () => {
      const note = aNotification('tijuana', 5, ['ht', 'es']);
      await notifications.add(note);
      expect(await notifications.list('tijuana', { limit: 10 })).toEqual([note]);
      expect(note).toMatchObject({ language: 'ht', title: 'Nouvo dosye' });
    });

    it('marks read per user, idempotently, and only at the notification\'s centre', async () => {
      const note = aNotification();
      await notifications.add(note);
      expect(await notifications.markRead('tapachula', note.id, 'rosa')).toBe(false);
      expect(await notifications.markRead('tijuana', note.id, 'ana')).toBe(true);
      expect(await notifications.markRead('tijuana', note.id, 'ana')).toBe(true);
      expect(await notifications.list('tijuana', { limit: 10, unreadBy: 'ana' })).toEqual([]);
      expect((await notifications.list('tijuana', { limit: 10, unreadBy: 'luis' }))[0]?.readBy).toEqual(['ana']);
    });
  });
}
