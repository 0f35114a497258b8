import { useMemo } from 'react';
import { useQuery } from '@apollo/client/react';
import { graphql } from '../../graphql/generated';
import type { IndicateurComparaison, TerritoireRef } from '../../graphql/generated/graphql';
import { ErrorState } from '../../ui/error-state';
import { LoadingState } from '../../ui/loading-state';
import { ExportButtons, MIME_CSV, buildExportFileName, downloadFile } from '../../ui/export';
import { TerritoirePicker } from '../../ui/territoire/territoire-picker';
import { COMPARER_MAX, COMPARER_MIN } from '../../ui/url/comparer-territoires-url-state';
import { useUrlState } from '../../ui/url/define-url-state';
import { ComparerChart } from './comparer-chart';
import { INDICATEUR_DECIMALES, INDICATEUR_LABELS, INDICATEURS_COMPARABLES, INDICATEURS_OUI_NON } from './comparer-labels';
import { ComparerTable } from './comparer-table';
import { COMPARER_URL_STATE, INDICATEURS_COMPARAISON } from './comparer-url-state';
import { toComparerCsv } from './export-comparer';
import { territoireCle, toComparerChartRows, toComparerRows } from './to-comparer-rows';
import './comparer.css';

const COMPARER_QUERY = graphql(`
  query ComparerPage($territoires: [TerritoireRef!]!) {
    comparer(territoires: $territoires) {
      ...ComparerTable_territoire
    }
  }
`);

const EXEMPLE: TerritoireRef[] = [
  { niveau: 'PAYS', code: 'PAYS-BREST' },
  { niveau: 'REGION', code: '53' },
  { niveau: 'FRANCE', code: 'FR' },
];

export function ComparerPage() {
  const [{ territoires, indicateur }, update] = useUrlState(COMPARER_URL_STATE);
  const setTerritoires = (next: TerritoireRef[]) => void update({ territoires: next });
  const enough = territoires.length >= COMPARER_MIN;
  const { data, previousData, loading, error } = useQuery(COMPARER_QUERY, { variables: { territoires }, skip: !enough });
  const shown = enough ? (data ?? previousData) : undefined;
  const resultat = useMemo(() => shown?.comparer ?? [], [shown]);
  const rows = useMemo(() => toComparerRows(resultat), [resultat]);
  const chart = useMemo(() => toComparerChartRows(resultat, indicateur), [resultat, indicateur]);
  const sources = [...new Set(resultat.flatMap((t) => t.valeurs.filter((v) => v.indicateur === indicateur && v.source).map((v) => `${v.source}${v.annee ? ` (${v.annee})` : ''}`)))];

  return (
    <section className="comparer-page">
      <h1>Comparer des territoires</h1>
      <p className="poles-intro">
        De {COMPARER_MIN} à {COMPARER_MAX} territoires côte à côte, chaque valeur avec sa source et son année. Les territoires choisis sont
        dans l’adresse de la page.
      </p>
      <div className="comparer-controls no-print">
        {territoires.length < COMPARER_MAX ? (
          <TerritoirePicker label="Ajouter un territoire" exclude={territoires} onSelect={(t) => setTerritoires([...territoires, { niveau: t.niveau, code: t.code }])} />
        ) : (
          <p className="hint">{COMPARER_MAX} territoires au plus : retirez-en un pour en ajouter un autre.</p>
        )}
        <div className="comparer-indicateur">
          <label htmlFor="comparer-indicateur">Indicateur du graphique</label>
          <select id="comparer-indicateur" value={indicateur} onChange={(event) => update({ indicateur: event.target.value as IndicateurComparaison })}>
            {INDICATEURS_COMPARAISON.map((value) => (
              <option key={value} value={value}>
                {INDICATEUR_LABELS[value]}
                {INDICATEURS_COMPARABLES.includes(value) ? '' : ' (dépend de la taille du territoire)'}
              </option>
            ))}
          </select>
          {shown ? (
            <ExportButtons actions={[{ label: 'CSV', run: () => downloadFile(toComparerCsv(resultat), buildExportFileName('comparaison', 'csv'), MIME_CSV) }]} />
          ) : null}
        </div>
      </div>
      {!enough ? (
        <p className="comparer-empty">
          Choisissez au moins {COMPARER_MIN} territoires, ou partez d’un exemple :{' '}
          <button type="button" onClick={() => setTerritoires(EXEMPLE)}>
            le Pays de Brest, la Bretagne et la France
          </button>
          {territoires.length === 1 ? ' (un territoire est déjà choisi)' : ''}.
        </p>
      ) : null}
      {enough && error ? <ErrorState /> : null}
      {enough && loading && !shown ? <LoadingState label="Calcul de la comparaison… (la population à moins de 20 km d’un pôle se calcule sur toutes les communes : jusqu’à une minute pour la France sur la base embarquée)" /> : null}
      {shown ? (
        <>
          <ComparerChart
            rows={chart.rows}
            sansValeur={chart.sansValeur}
            titre={INDICATEUR_LABELS[indicateur]}
            source={sources.join(' ; ') || 'non renseignée'}
            decimales={INDICATEUR_DECIMALES[indicateur]}
            ouiNon={INDICATEURS_OUI_NON.includes(indicateur)}
          />
          <ComparerTable
            territoires={resultat}
            rows={rows}
            canRemove={territoires.length > 0}
            onRemove={(cle) => setTerritoires(territoires.filter((t) => territoireCle(t) !== cle))}
          />
          <p className="source-note">
            Les chiffres de l’emploi ESS ne se comparent qu’à champ et dénominateur égaux : la méthode de chaque valeur le précise.
          </p>
        </>
      ) : null}
    </section>
  );
}
