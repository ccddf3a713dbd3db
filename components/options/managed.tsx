/** What the school's IT department set by policy, for Options: such fields are shown read-only (data-managed="true"). */
import { useEffect, useState } from 'react';
import { managedSettings } from '@/components/settings';
import { NO_POLICY, type ManagedSettings } from '@/lib/policy';
import { useText } from '@/components/useText';

export function useManaged(): ManagedSettings {
  const [managed, setManaged] = useState<ManagedSettings>(NO_POLICY);
  useEffect(() => {
    void managedSettings().then(setManaged);
  }, []);
  return managed;
}

/** The words beside a field the policy set. */
export function ManagedNote() {
  return <span className="muted managed-note">{useText().options.managed}</span>;
}
