import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DescribeStateMachineCommand, ListStateMachinesCommand, SFNClient } from '@aws-sdk/client-sfn';
import { afterAll, expect, it } from 'vitest';
import { startLocalAws } from '../../../../local/engines/aws-endpoint/local-aws.js';
import { loadWorkflowCatalog } from '../../../../local/engines/stepfunctions/workflow-loader.js';

const rootDir = mkdtempSync(join(tmpdir(), 'local-aws-root-'));
afterAll(() => rmSync(rootDir, { recursive: true, force: true }));

it('wires every engine behind one endpoint and loads catalog workflows with their substitutions', async () => {
  mkdirSync(join(rootDir, 'workflows'));
  writeFileSync(
    join(rootDir, 'workflows', 'iop-review.asl.json'),
    JSON.stringify({
      StartAt: 'Open',
      States: {
        Open: { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', Parameters: { FunctionName: '${IopTasksFunctionArn}', 'Payload.$': '$' }, End: true },
      },
    }),
  );
  const aws = await startLocalAws({ invokeFunction: async () => ({}), dataDir: join(rootDir, 'data') });
  try {
    const { loaded, missing } = loadWorkflowCatalog(aws.stepFunctions, { rootDir, namePrefix: 'iop-dev-' });
    expect(loaded).toEqual(['iop-review']);
    expect(missing).toContain('iop-initiation');
    const sfn = new SFNClient({
      region: 'eu-north-1',
      endpoint: aws.env.AWS_ENDPOINT_URL_SFN,
      credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    });
    const { stateMachines } = await sfn.send(new ListStateMachinesCommand({}));
    expect(stateMachines!.map((m) => m.name)).toEqual(['iop-dev-iop-review']);
    const described = await sfn.send(new DescribeStateMachineCommand({ stateMachineArn: stateMachines![0]!.stateMachineArn }));
    expect(described.definition).toContain('arn:aws:lambda:eu-north-1:000000000000:function:IopTasks');
    sfn.destroy();
  } finally {
    await aws.close();
  }
});
