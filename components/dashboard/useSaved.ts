import { useEffect, useState } from 'react';

/** A short "Opgeslagen." after each save, so the user knows nothing is lost. */
export function useSaved() {
  const [saved, setSaved] = useState(0);
  useEffect(() => {
    if (!saved) return;
    const timer = setTimeout(() => setSaved(0), 2000);
    return () => clearTimeout(timer);
  }, [saved]);
  return { saved: saved > 0, markSaved: () => setSaved(Date.now()) };
}
