/** After an extension page changed a case: the service worker counts the overdue terms for the toolbar badge again. */
import { send } from '@/components/messaging';

export function refreshBadge(): void {
  void send<'refresh-badge'>({ type: 'refresh-badge' }).catch(() => {});
}
