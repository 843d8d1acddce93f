import { mkdtempSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DockerRuntime } from '../../src/adapters/container/docker.js';
import { ProcessRunner } from '../../src/adapters/local/process-runner.js';
import { installDockerStandIn } from '../support/docker-stand-in.js';
import { FakeContainers } from '../support/fake-containers.js';
import { DIGEST, containerRuntimeContract } from './container-runtime.contract.js';

containerRuntimeContract('DockerRuntime (docker stand-in on PATH)', () => {
  const scratch = realpathSync(mkdtempSync(join(tmpdir(), 'reprokit-docker-')));
  const docker = installDockerStandIn(scratch);
  const env = {
    PATH: process.env.PATH ?? '',
    DOCKER_STAND_IN_DIGEST: DIGEST,
    DOCKER_STAND_IN_PULLED: 'python:3.12',
  };
  const runner = new ProcessRunner();
  return {
    runtime: new DockerRuntime({ runner, command: join(docker.bin, 'docker'), env }),
    missing: new DockerRuntime({ runner, command: join(scratch, 'no-docker-here'), env }),
    root: scratch,
    dispose: () => rmSync(scratch, { recursive: true, force: true }),
  };
});

containerRuntimeContract('FakeContainers', () => {
  const scratch = realpathSync(mkdtempSync(join(tmpdir(), 'reprokit-fake-containers-')));
  const runner = new ProcessRunner();
  const digests = new Map([['python:3.12', DIGEST]]);
  return {
    runtime: new FakeContainers(runner, digests),
    missing: new FakeContainers(runner, digests, false),
    root: scratch,
    dispose: () => rmSync(scratch, { recursive: true, force: true }),
  };
});
