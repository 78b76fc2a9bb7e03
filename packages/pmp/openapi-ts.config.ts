import { defineConfig } from '@hey-api/openapi-ts';

export default defineConfig({
  input: '../../specs/pmp/openapi.yaml',
  output: {
    path: 'src/gen',
    tsConfigPath: './tsconfig.json',
    module: { extension: '.js' },
  },
  plugins: ['@hey-api/client-fetch', '@hey-api/typescript', '@hey-api/sdk'],
});
