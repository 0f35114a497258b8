import { FONCTION_POLE_LABELS, TYPE_POLE_LABELS } from '@poles-ess/shared';
import { graphql } from '../../graphql/generated';
import type { FicheIdentite_PoleFragment } from '../../graphql/generated/graphql';
import { FicheField, type SourcesParChamp } from './fiche-field';
import { NoteSur5 } from './note-sur-5';

export const FICHE_IDENTITE_FRAGMENT = graphql(`
  fragment FicheIdentite_pole on Pole {
    type
    typeSelonMonographie
    noteTypologie
    physique
    dateCreation
    origine
    adherents
    statutJuridique
    salaries
    foncier
    budget
    domaineActivite
    reseau
    fonctions
    taille
    niveauStructuration
    territoireAction {
      libelle
    }
  }
`);

export function FicheIdentite({ pole, sources }: { pole: FicheIdentite_PoleFragment; sources: SourcesParChamp }) {
  const typologieDiverge = pole.typeSelonMonographie && pole.typeSelonMonographie !== pole.type;
  return (
    <section className="fiche-section" aria-labelledby="fiche-identite">
      <h2 id="fiche-identite">Identité et données de fonctionnement</h2>
      <dl className="fiche-grid">
        <FicheField label="Type (liste des fiches de l’étude)" value={`${TYPE_POLE_LABELS[pole.type]}${pole.physique ? '' : ' — sans locaux'}`} source={sources.get('type')} />
        <FicheField label="Date de création" value={pole.dateCreation} source={sources.get('dateCreation')} />
        <FicheField label="Origine" value={pole.origine} source={sources.get('origine')} />
        <FicheField label="Adhérents" value={pole.adherents} source={sources.get('adherents')} />
        <FicheField label="Statut juridique" value={pole.statutJuridique} source={sources.get('statutJuridique')} />
        <FicheField label="Salariés" value={pole.salaries} source={sources.get('salaries')} />
        <FicheField label="Foncier" value={pole.foncier} source={sources.get('foncier')} />
        <FicheField label="Budget" value={pole.budget} source={sources.get('budget')} />
        <FicheField label="Domaine d’activité" value={pole.domaineActivite} source={sources.get('domaineActivite')} />
        <FicheField label="Territoire d’action" value={pole.territoireAction?.libelle} source={sources.get('territoireAction')} />
        <FicheField label="Réseau" value={pole.reseau} source={sources.get('reseau')} />
        <FicheField label="Fonctions" value={pole.fonctions.map((f) => FONCTION_POLE_LABELS[f]).join(', ') || null} source={sources.get('fonctions')} />
        <FicheField label="Taille du pôle" source={sources.get('taille')}>
          <NoteSur5 value={pole.taille} label="Taille du pôle" />
        </FicheField>
        <FicheField label="Niveau de structuration" source={sources.get('niveauStructuration')}>
          <NoteSur5 value={pole.niveauStructuration} label="Niveau de structuration" />
        </FicheField>
      </dl>
      {typologieDiverge || pole.noteTypologie ? (
        <aside className="fiche-note" aria-label="Note sur la typologie">
          <strong>Typologie : deux lectures de l’étude.</strong>{' '}
          {pole.noteTypologie ??
            (typologieDiverge && pole.typeSelonMonographie
              ? `La liste des fiches le classe « ${TYPE_POLE_LABELS[pole.type]} », sa monographie le décrit comme « ${TYPE_POLE_LABELS[pole.typeSelonMonographie]} ».`
              : '')}
          {typologieDiverge && pole.typeSelonMonographie ? ` Type selon la monographie : ${TYPE_POLE_LABELS[pole.typeSelonMonographie]}.` : ''}
        </aside>
      ) : null}
    </section>
  );
}
