import { blobStore } from '../../../shared/blobs/deps.js';
import { renderAndStore, renderRequestSchema } from '../../../shared/documents/render.js';

/** Invoked synchronously by the staff action function (propose and approve a decision). */
export const handler = async (event: unknown) =>
  renderAndStore(await blobStore(), renderRequestSchema.parse(event));
