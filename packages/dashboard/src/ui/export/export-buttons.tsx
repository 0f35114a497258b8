import { useState } from 'react';
import './export-buttons.css';

export interface ExportAction {
  label: string;
  /** Construit et télécharge le fichier ; peut être asynchrone (données à charger). */
  run: () => void | Promise<void>;
}

export function ExportButtons({ actions, title = 'Exporter' }: { actions: readonly ExportAction[]; title?: string }) {
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const handle = async (action: ExportAction) => {
    setBusy(action.label);
    setError(null);
    try {
      await action.run();
    } catch {
      setError('L’export a échoué. Réessayez dans un instant.');
    } finally {
      setBusy(null);
    }
  };
  return (
    <div className="export-buttons no-print" role="group" aria-label={title}>
      <span className="export-buttons-title">{title} :</span>
      {actions.map((action) => (
        <button key={action.label} type="button" onClick={() => void handle(action)} disabled={busy !== null}>
          {busy === action.label ? 'Préparation…' : action.label}
        </button>
      ))}
      {error ? <span role="alert">{error}</span> : null}
    </div>
  );
}
