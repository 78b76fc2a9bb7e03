import { defineConfig } from '@hey-api/openapi-ts';

export default defineConfig({
  input: '../../specs/zalultra/openapi.yaml',
  output: {
    path: 'src/gen',
    tsConfigPath: './tsconfig.json',
    module: { extension: '.js' },
  },
  // Status and priority are integer codes: named constants say what 0..3 and 1..3 mean.
  plugins: ['@hey-api/client-fetch', { name: '@hey-api/typescript', enums: 'javascript' }, '@hey-api/sdk'],
});
