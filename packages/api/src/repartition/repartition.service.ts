import { STATUT_POLE_LABELS, TYPE_POLE_LABELS, STATUTS_POLE, TYPES_POLE, type StatutPole, type TypePole } from '@poles-ess/shared';
import { badUserInput } from '../common/api-error';
import { sql, type Sql } from '../common/sql';
import type { Database } from '../database/database';
import { buildPoleWhere } from '../poles/poles-filter.sql';
import type { FiltrePoles } from '../poles/poles.args';
import type { TerritoireRef } from '../territoires/territoire-ref.input';
import { listComptages } from '../poles/comptage.service';
import type { NiveauTerritorial } from '../territoires/territoire.enums';
import { repartitionEmploi } from './repartition-emploi.service';
import { sortRepartition, type OrdreRepartition } from './repartition-tri';
import { DimensionRepartition as D, MesureRepartition, type LigneRepartition, type Repartition } from './repartition.type';

const NR = 'NON_RENSEIGNE';
const SOURCE_POLES = 'Base des pôles (fiches de l’étude et ajouts sourcés), pôles non supprimés.';

interface CompteRow {
  cle: string | null;
  libelle: string | null;
  serie: string;
  nombre: number;
}

export async function computeRepartition(
  db: Database,
  mesure: MesureRepartition,
  par: D,
  dans: TerritoireRef | null | undefined,
  filtre: FiltrePoles | null | undefined,
  ordre: OrdreRepartition = {},
): Promise<Repartition> {
  if (mesure === MesureRepartition.EMPLOI_ESS) return sortRepartition({ ...(await repartitionEmploi(db, par, dans)), comptage: null }, ordre);
  const serieCol = par === D.TYPE ? sql`p.statut` : sql`p.type`;
  let cle: Sql;
  let join: Sql | null = null;
  switch (par) {
    case D.ANCIENNE_REGION:
    case D.REGION:
    case D.DEPARTEMENT:
    case D.PAYS:
      join = sql`LEFT JOIN pole_territoire pt ON pt.pole_id = p.id AND pt.niveau = ${par}
                 LEFT JOIN territoire t ON t.niveau = pt.niveau AND t.code = pt.code`;
      cle = sql`pt.code`;
      break;
    case D.TYPE:
      cle = sql`p.type`;
      break;
    case D.STATUT:
      cle = sql`p.statut`;
      break;
    case D.ANNEE_CREATION:
      cle = sql`substring(p.date_creation from 1 for 4)`;
      break;
    default:
      throw badUserInput('par', 'Pour les pôles : ANCIENNE_REGION, REGION, DEPARTEMENT, PAYS, TYPE, STATUT ou ANNEE_CREATION.');
  }
  // The counting rule (SITUE_OU_RATTACHE): France's poles too are those pole_territoire places in France. By
  // territory without `dans`, every pole is listed: those the rule places nowhere form the « non renseigné » row,
  // the same poles `comptage` names.
  const where = buildPoleWhere({ ...filtre, dans: dans ?? (join ? null : { niveau: 'FRANCE', code: 'FR' }) });
  const rows = await db.query<CompteRow>(
    sql`SELECT ${cle} AS cle, ${join ? sql`min(t.nom)` : sql`NULL`} AS libelle, ${serieCol} AS serie, count(DISTINCT p.id)::int AS nombre
        FROM pole p ${join ?? sql``} WHERE ${where} GROUP BY 1, 3 ORDER BY 1 NULLS LAST`,
  );
  const series = par === D.TYPE
    ? STATUTS_POLE.map((s) => ({ cle: s, libelle: STATUT_POLE_LABELS[s] }))
    : TYPES_POLE.map((t) => ({ cle: t, libelle: TYPE_POLE_LABELS[t] }));
  const lignes = new Map<string, LigneRepartition>();
  for (const r of rows) {
    const k = r.cle ?? NR;
    let ligne = lignes.get(k);
    if (!ligne) {
      ligne = { cle: k, libelle: libelleLigne(par, r), valeurs: series.map((s) => ({ serie: s.cle, valeur: 0 })), total: 0, source: null };
      lignes.set(k, ligne);
    }
    ligne.valeurs.find((v) => v.serie === r.serie)!.valeur = r.nombre;
    ligne.total += r.nombre;
  }
  const methode = par === D.ANNEE_CREATION ? ' Année de création de la fiche ; « non renseignée » comptée à part.' : '';
  const niveauNote = join ? ' Règle de comptage SITUE_OU_RATTACHE (voir `comptage`) ; un pôle sur une limite compte dans chaque territoire touché ; sans territoire de ce niveau : « non renseigné ».' : ' Règle de comptage SITUE_OU_RATTACHE (voir `comptage`).';
  const niveauComptage: NiveauTerritorial = join ? (par as NiveauTerritorial) : (dans?.niveau ?? 'FRANCE');
  const [comptage] = await listComptages(db, [niveauComptage]);
  return sortRepartition({ series, lignes: [...lignes.values()], source: `${SOURCE_POLES}${methode}${niveauNote}`, comptage: comptage! }, ordre);
}

function libelleLigne(par: D, r: CompteRow): string {
  if (r.cle === null) return par === D.ANNEE_CREATION ? 'non renseignée' : 'non renseigné';
  if (par === D.TYPE) return TYPE_POLE_LABELS[r.cle as TypePole] ?? r.cle;
  if (par === D.STATUT) return STATUT_POLE_LABELS[r.cle as StatutPole] ?? r.cle;
  return r.libelle ?? r.cle;
}
