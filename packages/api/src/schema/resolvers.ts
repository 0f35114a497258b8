import type { NonEmptyArray } from 'type-graphql';
import { AnalyseMutationResolver } from '../analyses-territoriales/analyse-mutation.resolver';
import { AnalyseTerritorialeResolver, FocusTerritoireResolver } from '../analyses-territoriales/analyse-territoriale.resolver';
import { TerritoireAnalysesResolver } from '../analyses-territoriales/territoire-analyses.resolver';
import { MoiResolver } from '../auth/moi.resolver';
import { ClassesResolver } from '../classes/classes.resolver';
import { ComparerResolver } from '../comparer/comparer.resolver';
import { CouvertureResolver } from '../couverture/couverture.resolver';
import { DensiteResolver } from '../densite/densite.resolver';
import { EtudeResolver, ProjetEtudeResolver } from '../etude/etude.resolver';
import { EmploiTerritoireResolver } from '../emploi/emploi-territoire.resolver';
import { EmploiResolver } from '../emploi/emploi.resolver';
import { PoleHistoriqueResolver } from '../poles/pole-historique.resolver';
import { PoleMutationResolver } from '../poles/pole-mutation.resolver';
import { PoleTerritoiresResolver, TerritoireActionResolver } from '../poles/pole-territoires.resolver';
import { PoleResolver } from '../poles/pole.resolver';
import { TerritoirePolesResolver } from '../poles/territoire-poles.resolver';
import { PrealablesResolver, TerritoirePrealablesResolver } from '../prealables/prealables.resolver';
import { RepartitionResolver } from '../repartition/repartition.resolver';
import { SanteResolver } from '../sante/sante.resolver';
import { TerritoireFieldsResolver } from '../territoires/territoire-fields.resolver';
import { TerritoireResolver } from '../territoires/territoire.resolver';

// Every feature's resolvers; the schema is the contract (schema.graphql).
export const RESOLVERS: NonEmptyArray<Function> = [
  SanteResolver,
  TerritoireResolver,
  TerritoireFieldsResolver,
  EmploiResolver,
  EmploiTerritoireResolver,
  PoleResolver,
  PoleTerritoiresResolver,
  TerritoireActionResolver,
  TerritoirePolesResolver,
  PoleMutationResolver,
  PoleHistoriqueResolver,
  CouvertureResolver,
  RepartitionResolver,
  ComparerResolver,
  ClassesResolver,
  DensiteResolver,
  EtudeResolver,
  ProjetEtudeResolver,
  AnalyseTerritorialeResolver,
  FocusTerritoireResolver,
  TerritoireAnalysesResolver,
  AnalyseMutationResolver,
  PrealablesResolver,
  TerritoirePrealablesResolver,
  MoiResolver,
];
