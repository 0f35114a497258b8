import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { NiveauTerritorial } from '../analyses/territoire-graphql';
import { ChampEss, DenominateurEmploi, UniteFamilles } from './emploi-ess.enums';

@ObjectType({ simpleResolvers: true, description: "La source d'un chiffre, telle que la citation la donne ; ce qu'elle ne dit pas reste null." })
export class SourceEmploi {
  @Field(() => String, { description: 'La citation complète, telle que transcrite.' })
  titre: string;

  @Field(() => String, { nullable: true, description: "L'éditeur, quand la citation le nomme." })
  editeur: string | null;

  @Field(() => Int, { nullable: true, description: "L'année de publication, quand la citation la donne." })
  annee: number | null;

  @Field(() => String, { nullable: true })
  lien: string | null;
}

@ObjectType({
  simpleResolvers: true,
  description:
    "Un chiffre de l'emploi salarié dans l'ESS, tel qu'une source le donne pour un territoire et une année. Plusieurs chiffres peuvent coexister pour le même territoire et la même année (sources, champs ou dénominateurs différents) : ils ne sont jamais fusionnés.",
})
export class EmploiEss {
  @Field(() => ID)
  id: string;

  @Field(() => NiveauTerritorial)
  niveau: NiveauTerritorial;

  @Field(() => String)
  code: string;

  @Field(() => String, { description: 'Le nom du territoire tel que la source le donne.' })
  nom: string;

  @Field(() => Int, { description: 'Année des données (voir `note` quand elle est approximative).' })
  annee: number;

  @Field(() => Int, { nullable: true, description: "Nombre de salariés de l'ESS ; null si la source ne le donne pas." })
  effectifSalarie: number | null;

  @Field(() => Float, { nullable: true, description: "Part de l'ESS en %, du total nommé par `denominateur`." })
  partEmploi: number | null;

  @Field(() => DenominateurEmploi, { nullable: true, description: 'Le total dont `partEmploi` est une part ; null si non précisé.' })
  denominateur: DenominateurEmploi | null;

  @Field(() => String, { nullable: true, description: 'Le dénominateur tel que la source le libelle.' })
  denominateurLibelle: string | null;

  @Field(() => ChampEss)
  champ: ChampEss;

  @Field(() => Float, { nullable: true, description: 'Associations, dans l’unité `uniteFamilles`.' })
  associations: number | null;

  @Field(() => Float, { nullable: true, description: 'Coopératives, dans l’unité `uniteFamilles`.' })
  cooperatives: number | null;

  @Field(() => Float, { nullable: true, description: 'Mutuelles, dans l’unité `uniteFamilles`.' })
  mutuelles: number | null;

  @Field(() => Float, { nullable: true, description: 'Fondations, dans l’unité `uniteFamilles`.' })
  fondations: number | null;

  @Field(() => UniteFamilles, { nullable: true, description: 'Effectifs ou parts (%) ; null quand aucune famille n’est renseignée.' })
  uniteFamilles: UniteFamilles | null;

  @Field(() => Int, { nullable: true })
  etablissements: number | null;

  @Field(() => SourceEmploi)
  source: SourceEmploi;

  @Field(() => String, { nullable: true, description: 'La note de la source, brute (approximations, champ, précisions).' })
  note: string | null;
}

@ObjectType({ simpleResolvers: true, description: "Le chiffre de l'emploi ESS d'un territoire comme la fiche de l'étude le présente." })
export class EmploiEssFiche {
  @Field(() => String, {
    description:
      "« N emplois dans l'économie sociale et solidaire, soit X % des effectifs salariés … » ; dit « non renseigné » plutôt que d'inventer un nombre.",
  })
  texte: string;

  @Field(() => String, { nullable: true, description: 'La répartition par famille, phrasée selon son unité ; null si inconnue.' })
  texteFamilles: string | null;

  @Field(() => String, { description: 'La source et l’année des données, en une ligne.' })
  texteSource: string;

  @Field(() => EmploiEss, { description: 'Le chiffre utilisé : le plus récent (à année égale : emploi salarié total, puis effectif connu).' })
  emploi: EmploiEss;
}
