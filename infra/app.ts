/** CDK app entry: one stack per stage, with cdk-nag's AwsSolutions checks. */
import { App, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { stageConfigFromContext } from './config.js';
import { PublisherStack } from './publisher-stack.js';

/** Builds the app; tests call it with their own context. */
export function buildApp(app = new App()): { app: App; stack: PublisherStack } {
  const config = stageConfigFromContext((key) => app.node.tryGetContext(key));
  const stack = new PublisherStack(app, `customs-publisher-${config.stage}`, {
    config,
    env: { account: process.env.CDK_DEFAULT_ACCOUNT, region: process.env.CDK_DEFAULT_REGION },
  });
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
  return { app, stack };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  buildApp().app.synth();
}
