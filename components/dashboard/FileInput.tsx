/** A file input that hands over one chosen file and resets, so choosing the same file again works. */
export const SPREADSHEET_TYPES = '.csv,.txt,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function FileInput({ id, testid, accept, onFile }: { id?: string; testid: string; accept: string; onFile: (file: File) => void }) {
  return (
    <input
      id={id}
      type="file"
      accept={accept}
      data-testid={testid}
      onChange={(e) => {
        const file = e.target.files?.[0];
        if (file) onFile(file);
        e.target.value = '';
      }}
    />
  );
}
