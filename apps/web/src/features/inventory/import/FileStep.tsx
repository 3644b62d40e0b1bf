import { type DragEvent, useId, useState } from 'react';
import { FormAlert } from '../../../components/FormAlert';
import { Icon } from '../../../components/Icon';
import { type CsvFile, readCsvFile } from './csv-file';

/** Step 1: pick or drop the spreadsheet, saved as CSV. It is read here; nothing is sent yet. */
export function FileStep({ onRead }: { onRead: (file: CsvFile) => void }) {
  const inputId = useId();
  const [error, setError] = useState<string | null>(null);
  const [reading, setReading] = useState(false);
  const [dragging, setDragging] = useState(false);

  const read = async (file: File | undefined) => {
    if (!file) return;
    setError(null);
    setReading(true);
    try {
      onRead(await readCsvFile(file));
    } catch (e) {
      setError(e instanceof Error ? e.message : 'The file could not be read');
    } finally {
      setReading(false);
    }
  };

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    void read(event.dataTransfer.files[0]);
  };

  return (
    <div className="flex flex-col gap-4">
      <label
        htmlFor={inputId}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
        className={`flex cursor-pointer flex-col items-center gap-2 rounded-box border-2 border-dashed px-6 py-12 text-center transition-colors focus-within:outline-2 focus-within:outline-primary ${dragging ? 'border-primary bg-primary/5' : 'border-base-300 hover:border-primary/50'}`}
      >
        {reading ? (
          <span className="loading loading-spinner loading-lg text-primary" />
        ) : (
          <Icon name="document" className="size-10 text-base-content/40" />
        )}
        <span className="text-base">
          <span className="font-medium text-primary">Choose a CSV file</span> or drop it here
        </span>
        <span className="max-w-md text-sm text-base-content/60">
          In Excel, Numbers or Google Sheets: File → Download or Save as → CSV. The first row must name the
          columns; you match them to fields next.
        </span>
        <input
          id={inputId}
          type="file"
          accept=".csv,text/csv,text/plain"
          className="sr-only"
          onChange={(e) => {
            void read(e.target.files?.[0]);
            e.target.value = '';
          }}
        />
      </label>
      <FormAlert problem={error} />
    </div>
  );
}
