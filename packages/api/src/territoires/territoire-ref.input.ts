import { Field, InputType } from 'type-graphql';
import { NiveauTerritorial } from './territoire.enums';

// A territory by its level and code, everywhere one is named (arguments, filters, loader keys).
@InputType({ description: 'Un territoire désigné par son niveau et son code.' })
export class TerritoireRef {
  @Field(() => NiveauTerritorial)
  niveau: NiveauTerritorial;

  @Field(() => String)
  code: string;
}
