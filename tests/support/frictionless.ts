/**
 * Checks a published version the way a Frictionless user would: the reference implementation
 * (`datapackage` on npm) validates datapackage.json against its profiles, then every tabular
 * resource is read with type casting, constraints and foreign keys. Any error is returned as text.
 */
// @ts-expect-error the datapackage library ships no type declarations
import datapackage from 'datapackage';

interface FrictionlessResource { name: string; tabular: boolean; read(options: { keyed: boolean; relations?: boolean; cast?: boolean }): Promise<Array<Record<string, unknown>>> }
interface FrictionlessPackage { valid: boolean; errors: Error[]; resources: FrictionlessResource[] }
const { Package, validate } = datapackage as {
  Package: { load(descriptor: unknown, options: { basePath: string; strict?: boolean }): Promise<FrictionlessPackage> };
  validate(descriptor: unknown): Promise<{ valid: boolean; errors: Error[] }>;
};

/** What reading a version's package gave: validator errors, and rows (or an error) per tabular resource. */
export interface PackageCheck {
  valid: boolean;
  errors: string[];
  rows: Record<string, Array<Record<string, unknown>>>;
  tabular: string[];
}

/** Validates `descriptor` and reads every tabular resource (paths relative to `folder`). */
export async function checkDataPackage(descriptor: unknown, folder: string): Promise<PackageCheck> {
  const report = await validate(descriptor);
  const errors = report.errors.map((e) => `validate: ${e.message}`);
  const pkg = await Package.load(descriptor, { basePath: folder });
  errors.push(...pkg.errors.map((e) => `load: ${e.message}`));
  const rows: PackageCheck['rows'] = {};
  const tabular: string[] = [];
  for (const resource of pkg.resources) {
    if (!resource.tabular) continue;
    tabular.push(resource.name);
    try {
      rows[resource.name] = await resource.read({ keyed: true, relations: true });
    } catch (error) {
      const details = ((error as { errors?: Error[] }).errors ?? []).slice(0, 5).map((e) => e.message);
      errors.push(`read ${resource.name}: ${(error as Error).message} ${details.join('; ')}`);
    }
  }
  return { valid: report.valid && pkg.valid && errors.length === 0, errors, rows, tabular };
}
