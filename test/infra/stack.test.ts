import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { RegoEngine, TemplateFile, type StandardDiagnostic } from '@aws/cloudformation-validate';
import { App, Stack, Validations } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { Queue } from 'aws-cdk-lib/aws-sqs';
import aslValidator from 'asl-validator';
import { AwsSolutionsChecks } from 'cdk-nag';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { createApp } from '../../infra/create-app.js';
import { RepoRoot } from '../../infra/repo-root.js';
import { catalogGaps } from '../../infra/stack.js';
import { FunctionCatalog, type FunctionId } from '../../shared/platform/function-catalog.js';
import { WorkflowCatalog, functionArnSubstitution, workflowFile } from '../../shared/platform/workflows/catalog.js';
import { unacknowledgedNagFindings } from './support/nag-findings.js';
import { buildTestStack, definitionOrStandIn, stubCode } from './support/test-stack.js';

/**
 * cfn-lint style warnings the CDK itself produces and we cannot change:
 * W3005 "obsolete DependsOn" — CDK adds DependsOn on a role that a GetAtt already implies.
 */
const AcceptedCfnWarnings = new Set(['W3005']);

describe('the whole stack', () => {
  const { app, stack } = buildTestStack();

  describe('composition: the platform, then each context with what it owns', () => {
    /** The construct (directly under the stack) that owns each catalog function. */
    const Owners: Record<FunctionId, string> = {
      SystemApi: 'SystemApi',
      IopApi: 'Iop',
      IopDocuments: 'Iop',
      IopTasks: 'Iop',
      ProcurementApi: 'Procurement',
      ProcurementTasks: 'Procurement',
      Effects: 'EffectsStream',
      Reconciler: 'Reconciler',
      Digest: 'Notifications',
      NotificationsApi: 'Notifications',
      Notifier: 'Notifications',
      EmailEvents: 'Notifications',
      AdminApi: 'Admin',
    };
    const ownerOf = (path: string) => path.split('/')[1];

    it('gives every catalog function to exactly one owner', () => {
      expect(Object.keys(Owners).sort()).toEqual(FunctionCatalog.map((f) => f.id).sort());
      for (const { id } of FunctionCatalog) expect(ownerOf(stack.functions.get(id)!.node.path), id).toBe(Owners[id]);
    });

    it('puts the iop-* state machines in the IOP context and match-case in procurement', () => {
      for (const { name } of WorkflowCatalog) {
        expect(ownerOf(stack.stateMachines.get(name)!.node.path), name).toBe(name.startsWith('iop-') ? 'Iop' : 'Procurement');
      }
    });

    it('keeps the platform constructs at the top of the stack, where the stateful resources were', () => {
      for (const id of ['Database', 'Monitoring', 'Events', 'Web', 'Auth', 'Api']) expect(stack.node.tryFindChild(id), id).toBeDefined();
      expect(stack.api.unintegratedRoutes()).toEqual([]);
    });

    it('refuses a catalog entry that no construct (or two) deploys, and a route without a function', () => {
      const fn = {} as IFunction;
      const all = new Map(FunctionCatalog.map((f) => [f.id, fn] as const));
      const workflows = { stateMachines: new Map(), skipped: WorkflowCatalog.map((w) => w.name) };
      expect(catalogGaps([{ functions: all, workflows }], [])).toEqual([]);
      const withoutDigest = new Map([...all].filter(([id]) => id !== 'Digest'));
      const gaps = catalogGaps([{ functions: withoutDigest }, { functions: new Map([['IopApi', fn]]) }], ['GET /x']);
      expect(gaps).toEqual(
        expect.arrayContaining([
          'function Digest is deployed by 0 constructs',
          'function IopApi is deployed by 2 constructs',
          'workflow iop-review is deployed by 0 contexts',
          'route GET /x has no function of any context',
        ]),
      );
    });
  });

  describe('cdk-nag (AwsSolutions and Serverless packs)', () => {
    it('has no unacknowledged finding', () => {
      const findings = unacknowledgedNagFindings(app);
      expect(findings.map((f) => `${f.rule} at ${f.path}`)).toEqual([]);
    });

    it('does report findings on a non-compliant resource (the check is live)', () => {
      const bare = new Stack(new App(), 'Bare');
      new Queue(bare, 'PlainQueue');
      const rules = unacknowledgedNagFindings(bare).map((f) => f.rule);
      expect(rules).toEqual(expect.arrayContaining(['AwsSolutions-SQS3', 'AwsSolutions-SQS4', 'Serverless-SQSRedrivePolicy']));
    });

    it('lets the real app (cdk.json context, nag plugins) synthesize offline', () => {
      const cdkJson = JSON.parse(readFileSync(path.join(RepoRoot, 'cdk.json'), 'utf8')) as { context: Record<string, unknown> };
      const { app: realApp, stack: realStack } = createApp({
        context: cdkJson.context,
        codeFor: stubCode,
        definitionFor: definitionOrStandIn,
      });
      const assembly = realApp.synth();
      expect(assembly.getStackArtifact(realStack.artifactId).template).toHaveProperty('Resources');
      expect(realStack.stackName).toBe(`IopWorkflows-${String(cdkJson.context.stage)}`);

      // Control: the same plugins stop synthesis on a non-compliant resource.
      const bareApp = new App();
      new Queue(new Stack(bareApp, 'Bare'), 'PlainQueue');
      Validations.of(bareApp).addPlugins(new AwsSolutionsChecks(bareApp));
      expect(() => bareApp.synth()).toThrow(/AwsSolutions-SQS4/);
    });
  });

  describe('@aws/cloudformation-validate', () => {
    let dir: string;
    let diagnostics: StandardDiagnostic[];
    let status: string;
    beforeAll(() => {
      dir = mkdtempSync(path.join(tmpdir(), 'iop-cfn-'));
      const file = path.join(dir, 'template.json');
      writeFileSync(file, JSON.stringify(Template.fromStack(stack).toJSON()));
      const engine = new RegoEngine();
      try {
        const report = engine.validateStandard(new TemplateFile(file), {
          severityLevel: 'WARN',
          pseudoParameterOverrides: { region: stack.region, accountId: stack.account },
        });
        diagnostics = report.diagnostics;
        status = report.status;
      } finally {
        engine.free();
      }
    });
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it('completes its analysis', () => {
      expect(status).toBe('OK');
    });

    it('finds no error and no warning beyond the accepted CDK ones', () => {
      const problems = diagnostics
        .filter((d) => !(d.severity === 'WARN' && AcceptedCfnWarnings.has(d.ruleId)))
        .map((d) => `${d.severity} ${d.ruleId} ${d.entity?.logicalId ?? ''}: ${d.message}`);
      expect(problems).toEqual([]);
    });
  });

  describe('asl-validator', () => {
    // A syntactically real ARN per function, as the definition substitutions produce in AWS.
    const substitute = (text: string): string =>
      FunctionCatalog.reduce(
        (acc, fn) => acc.replaceAll(`\${${functionArnSubstitution(fn.id)}}`, `arn:aws:lambda:eu-north-1:123456789012:function:iop-test-${fn.id}`),
        text,
      );

    it.each(WorkflowCatalog.map((w) => [w.name] as const))('%s.asl.json is valid Amazon States Language', (name) => {
      const text = readFileSync(path.join(RepoRoot, workflowFile(name)), 'utf8');
      const definition = JSON.parse(substitute(text)) as unknown;
      const result = aslValidator(definition, { checkPaths: true, checkArn: true });
      expect(result.errorsText('\n')).toBe('');
      expect(result.isValid).toBe(true);
    });

    it('leaves no unknown ${...} placeholder in any definition', () => {
      for (const spec of WorkflowCatalog) {
        const text = substitute(readFileSync(path.join(RepoRoot, workflowFile(spec.name)), 'utf8'));
        expect(text.match(/\$\{[^}]*\}/g), spec.name).toBeNull();
      }
    });
  });
});
