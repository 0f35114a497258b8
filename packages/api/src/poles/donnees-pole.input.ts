import { Field, InputType } from 'type-graphql';
import { NiveauTerritorial } from '../territoires/territoire.enums';
import { CHAMPS_FICHE } from './champ-fiche.decorator';
import { SourceChampInput } from './pole-parts.type';
import './pole.entity';

@InputType({ description: "Territoire d'action : niveau + code officiels, ou libellé seul." })
export class TerritoireActionInput {
  @Field(() => String)
  libelle: string;

  @Field(() => NiveauTerritorial, { nullable: true })
  niveau?: NiveauTerritorial | null;

  @Field(() => String, { nullable: true })
  code?: string | null;
}

// Creation needs nom and type; in a modification, an absent field is unchanged and null clears it. Every fiche field
// of pole.entity.ts is a field here (its GraphQL input type), with the territory of action (a table of its own) and
// the sources field by field.
@InputType({ description: 'Les champs de la fiche ; absent = inchangé, null = effacé (inconnu).' })
export class DonneesPoleInput {
  [champ: string]: unknown;

  @Field(() => TerritoireActionInput, { nullable: true })
  territoireAction?: TerritoireActionInput | null;

  @Field(() => [SourceChampInput], { nullable: true, description: 'Source champ par champ, prioritaire sur `source`.' })
  sources?: SourceChampInput[] | null;
}

for (const champ of CHAMPS_FICHE) {
  Field(champ.saisie, { nullable: true, description: champ.descriptionSaisie })(DonneesPoleInput.prototype, champ.property);
}
