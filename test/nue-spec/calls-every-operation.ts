// Generated from the bundled spec of Nue API by `npm run generate`; do not edit.
// The TypeScript sample of every operation, as the HTML docs show it (x-codeSamples,
// scripts/code-samples/): `npm run typecheck` checks that each call fits the client's types.
import { createNueClient } from 'creditline/nue';

const nue = createNueClient({ auth: { apiKey: process.env.NUE_API_KEY! } });

/** GET /loginHistory */
export async function listLoginHistory() {
  const { data } = await nue.GET('/loginHistory');
  return data;
}

/** GET /loginHistory/user/{userId} */
export async function listUserLoginHistory() {
  const { data } = await nue.GET('/loginHistory/user/{userId}', {
    params: { path: { userId: 'sample' } },
  });
  return data;
}

/** GET /users/{userId}/roles */
export async function listUserRoles() {
  const { data } = await nue.GET('/users/{userId}/roles', {
    params: { path: { userId: 'sample' } },
  });
  return data;
}

/** GET /users/salesforce */
export async function getConnectedSalesforceUser() {
  const { data } = await nue.GET('/users/salesforce');
  return data;
}

/** GET /users/profile */
export async function getUserProfile() {
  const { data } = await nue.GET('/users/profile');
  return data;
}

/** GET /users/functions */
export async function listFunctionPolicies() {
  const { data } = await nue.GET('/users/functions');
  return data;
}

/** GET /roles */
export async function listRoles() {
  const { data } = await nue.GET('/roles');
  return data;
}

/** GET /roles/{id} */
export async function getRole() {
  const { data } = await nue.GET('/roles/{id}', {
    params: { path: { id: 'sample' } },
  });
  return data;
}

/** POST /auth/verify */
export async function verifyAccessToken() {
  const { data } = await nue.POST('/auth/verify', {
    body: { apiAccessKey: 'sample', token: 'sample' },
  });
  return data;
}

/** POST /auth/token */
export async function createAccessToken() {
  const { data } = await nue.POST('/auth/token', {
    body: { userName: 'sample', password: 'sample' },
  });
  return data;
}

/** POST /auth/revokeToken */
export async function revokeRefreshToken() {
  const { data } = await nue.POST('/auth/revokeToken', {
    body: { token: 'sample', userName: 'sample' },
  });
  return data;
}

/** POST /auth/refreshToken */
export async function refreshAccessToken() {
  const { data } = await nue.POST('/auth/refreshToken', {
    params: { header: { apiAccessKey: 'sample' } },
    body: { refreshToken: 'sample', userName: 'sample' },
  });
  return data;
}

/** POST /v1/metadata/layouts */
export async function createLayout() {
  const { data } = await nue.POST('/v1/metadata/layouts', {
    body: { type: 'FormView', apiName: 'sample', name: 'sample' },
  });
  return data;
}

/** DELETE /v1/metadata/layouts */
export async function deleteLayouts() {
  const { data } = await nue.DELETE('/v1/metadata/layouts', {
    body: { layoutsApiName: ['sample'] },
  });
  return data;
}

/** GET /v1/metadata/layouts/{layoutApiName} */
export async function getLayout() {
  const { data } = await nue.GET('/v1/metadata/layouts/{layoutApiName}', {
    params: { path: { layoutApiName: 'sample' } },
  });
  return data;
}

/** PATCH /v1/metadata/layouts/{layoutApiName} */
export async function updateLayout() {
  const { data } = await nue.PATCH('/v1/metadata/layouts/{layoutApiName}', {
    params: { path: { layoutApiName: 'sample' } },
    body: {},
  });
  return data;
}

/** PATCH /v1/metadata/layouts/deactivate */
export async function deactivateLayouts() {
  const { data } = await nue.PATCH('/v1/metadata/layouts/deactivate', {
    body: { layoutsApiName: ['sample'] },
  });
  return data;
}

/** PATCH /v1/metadata/layouts/activate */
export async function activateLayouts() {
  const { data } = await nue.PATCH('/v1/metadata/layouts/activate', {
    body: { layoutsApiName: ['sample'] },
  });
  return data;
}

/** POST /v1/metadata/orders:sync-all */
export async function syncAllRevenueCustomFields() {
  const { data } = await nue.POST('/v1/metadata/orders:sync-all');
  return data;
}

/** DELETE /v1/metadata/objects/{objectApiName}/fields/{fieldApiName} */
export async function deleteCustomField() {
  const { data } = await nue.DELETE('/v1/metadata/objects/{objectApiName}/fields/{fieldApiName}', {
    params: { path: { objectApiName: 'sample', fieldApiName: 'sample' } },
  });
  return data;
}

/** PATCH /v1/metadata/objects/{objectApiName}/fields/{fieldApiName} */
export async function updateFieldMetadata() {
  const { data } = await nue.PATCH('/v1/metadata/objects/{objectApiName}/fields/{fieldApiName}', {
    params: { path: { objectApiName: 'sample', fieldApiName: 'sample' } },
    body: {},
  });
  return data;
}

/** GET /v1/metadata/objects */
export async function listObjects() {
  const { data } = await nue.GET('/v1/metadata/objects');
  return data;
}

/** GET /v1/metadata/objects/{objectName} */
export async function getObjectDefinition() {
  const { data } = await nue.GET('/v1/metadata/objects/{objectName}', {
    params: { path: { objectName: 'sample' } },
  });
  return data;
}

/** GET /v1/metadata/objects/{objectApiName}/fields */
export async function listObjectCustomFields() {
  const { data } = await nue.GET('/v1/metadata/objects/{objectApiName}/fields', {
    params: { path: { objectApiName: 'sample' } },
  });
  return data;
}

/** GET /v1/metadata/filters/{objectApiName} */
export async function getFilter() {
  const { data } = await nue.GET('/v1/metadata/filters/{objectApiName}', {
    params: { path: { objectApiName: 'sample' }, query: { id: 'sample' } },
  });
  return data;
}

/** POST /v1/metadata/filters/{objectApiName} */
export async function createFilter() {
  const { data } = await nue.POST('/v1/metadata/filters/{objectApiName}', {
    params: { path: { objectApiName: 'sample' } },
    body: {},
  });
  return data;
}

/** DELETE /v1/metadata/filters/{objectApiName}/{id} */
export async function deleteFilter() {
  const { data } = await nue.DELETE('/v1/metadata/filters/{objectApiName}/{id}', {
    params: { path: { objectApiName: 'sample', id: 'sample' } },
  });
  return data;
}

/** PATCH /v1/metadata/filters/{objectApiName}/{id} */
export async function updateFilter() {
  const { data } = await nue.PATCH('/v1/metadata/filters/{objectApiName}/{id}', {
    params: { path: { objectApiName: 'sample', id: 'sample' } },
    body: {},
  });
  return data;
}

/** GET /v1/metadata/filters/{objectApiName}/list */
export async function listFilters() {
  const { data } = await nue.GET('/v1/metadata/filters/{objectApiName}/list', {
    params: { path: { objectApiName: 'sample' } },
  });
  return data;
}

/** GET /v1/metadata/valueSets */
export async function listValueSets() {
  const { data } = await nue.GET('/v1/metadata/valueSets', {
    params: { query: { names: 'sample' } },
  });
  return data;
}

/** POST /v1/metadata/valueSets */
export async function createValueSet() {
  const { data } = await nue.POST('/v1/metadata/valueSets', {
    body: { apiName: 'sample', name: 'sample' },
  });
  return data;
}

/** POST /v1/metadata/valueSets:sync-all */
export async function syncAllSalesforceCustomFields() {
  const { data } = await nue.POST('/v1/metadata/valueSets:sync-all');
  return data;
}

/** POST /v1/metadata/valueSets/{objectName}/{fieldName}:sync */
export async function syncPicklistValues() {
  const { data } = await nue.POST('/v1/metadata/valueSets/{objectName}/{fieldName}:sync', {
    params: { path: { objectName: 'sample', fieldName: 'sample' } },
  });
  return data;
}

/** POST /v1/metadata/valueSets/{nueApiName}:sync */
export async function syncGlobalValueSets() {
  const { data } = await nue.POST('/v1/metadata/valueSets/{nueApiName}:sync', {
    params: { path: { nueApiName: 'sample' } },
  });
  return data;
}

/** GET /v1/metadata/valueSets/{valueSetName} */
export async function getValueSet() {
  const { data } = await nue.GET('/v1/metadata/valueSets/{valueSetName}', {
    params: { path: { valueSetName: 'sample' } },
  });
  return data;
}

/** DELETE /v1/metadata/valueSets/{valueSetName} */
export async function deleteValueSet() {
  const { data } = await nue.DELETE('/v1/metadata/valueSets/{valueSetName}', {
    params: { path: { valueSetName: 'sample' } },
  });
  return data;
}

/** PATCH /v1/metadata/valueSets/{valueSetName} */
export async function updateValueSet() {
  const { data } = await nue.PATCH('/v1/metadata/valueSets/{valueSetName}', {
    params: { path: { valueSetName: 'sample' } },
    body: { apiName: 'sample', name: 'sample' },
  });
  return data;
}

/** PATCH /v1/metadata/valueSets/{valueSetName}/values */
export async function updateValueSetValues() {
  const { data } = await nue.PATCH('/v1/metadata/valueSets/{valueSetName}/values', {
    params: { path: { valueSetName: 'sample' } },
    body: { values: [{}] },
  });
  return data;
}

/** GET /v1/async/graphql */
export async function queryGraphqlOnGet() {
  const { data } = await nue.GET('/v1/async/graphql', {
    params: { query: { query: 'sample' } },
  });
  return data;
}

/** POST /v1/async/graphql */
export async function queryGraphqlOnPost() {
  const { data } = await nue.POST('/v1/async/graphql', {
    body: { query: 'sample' },
  });
  return data;
}

/** POST /v1/cpq/usage-rate */
export async function rateUsage() {
  const { data } = await nue.POST('/v1/cpq/usage-rate', {
    body: { usageRateRequests: [{}] },
  });
  return data;
}

/** POST /v1/catalog/usage-rating-options:publish */
export async function publishUsageRatingOptions() {
  const { data } = await nue.POST('/v1/catalog/usage-rating-options:publish');
  return data;
}

/** POST /v1/catalog/products:republish */
export async function republishProducts() {
  const { data } = await nue.POST('/v1/catalog/products:republish');
  return data;
}

/** POST /v1/catalog/products/{id}:unpublish */
export async function unpublishProduct() {
  const { data } = await nue.POST('/v1/catalog/products/{id}:unpublish', {
    params: { path: { id: 'sample' } },
  });
  return data;
}

/** POST /v1/catalog/products/{id}:publish */
export async function publishProduct() {
  const { data } = await nue.POST('/v1/catalog/products/{id}:publish', {
    params: { path: { id: 'sample' } },
  });
  return data;
}

/** POST /v1/catalog/products/{id}:outdatePublishStatus */
export async function outdateProductPublishStatus() {
  const { data } = await nue.POST('/v1/catalog/products/{id}:outdatePublishStatus', {
    params: { path: { id: 'sample' } },
  });
  return data;
}

/** POST /v1/catalog/priceBooks/{id}:enableSelfService */
export async function enablePriceBookSelfService() {
  const { data } = await nue.POST('/v1/catalog/priceBooks/{id}:enableSelfService', {
    params: { path: { id: 'sample' } },
  });
  return data;
}

/** POST /v1/catalog/priceBooks/{id}:disableSelfService */
export async function disablePriceBookSelfService() {
  const { data } = await nue.POST('/v1/catalog/priceBooks/{id}:disableSelfService', {
    params: { path: { id: 'sample' } },
  });
  return data;
}

/** POST /v1/catalog/price-tags/{id}:unpublish */
export async function unpublishPriceTag() {
  const { data } = await nue.POST('/v1/catalog/price-tags/{id}:unpublish', {
    params: { path: { id: 'sample' } },
  });
  return data;
}

/** POST /v1/catalog/price-tags/{id}:publish */
export async function publishPriceTag() {
  const { data } = await nue.POST('/v1/catalog/price-tags/{id}:publish', {
    params: { path: { id: 'sample' } },
  });
  return data;
}

/** POST /v1/catalog/price-tags/{id}:outdatePublishStatus */
export async function outdatePriceTagPublishStatus() {
  const { data } = await nue.POST('/v1/catalog/price-tags/{id}:outdatePublishStatus', {
    params: { path: { id: 'sample' } },
  });
  return data;
}

/** POST /v1/catalog/object-mapping-settings:publish */
export async function publishObjectMappingSettings() {
  const { data } = await nue.POST('/v1/catalog/object-mapping-settings:publish');
  return data;
}

/** POST /v1/catalog/bundleSuites/{id}:unpublish */
export async function unpublishBundleSuite() {
  const { data } = await nue.POST('/v1/catalog/bundleSuites/{id}:unpublish', {
    params: { path: { id: 'sample' } },
  });
  return data;
}

/** POST /v1/catalog/bundleSuites/{id}:publish */
export async function publishBundleSuite() {
  const { data } = await nue.POST('/v1/catalog/bundleSuites/{id}:publish', {
    params: { path: { id: 'sample' } },
  });
  return data;
}

/** POST /v1/catalog/bundleSuites/{id}:outdatePublishStatus */
export async function outdateBundleSuitePublishStatus() {
  const { data } = await nue.POST('/v1/catalog/bundleSuites/{id}:outdatePublishStatus', {
    params: { path: { id: 'sample' } },
  });
  return data;
}

/** GET /v1/catalog/products */
export async function listCatalogProducts() {
  const { data } = await nue.GET('/v1/catalog/products');
  return data;
}

/** GET /v1/catalog/products/{id} */
export async function getCatalogProduct() {
  const { data } = await nue.GET('/v1/catalog/products/{id}', {
    params: { path: { id: 'sample' } },
  });
  return data;
}

/** GET /v1/catalog/price-tags/{tagCode} */
export async function getCatalogPriceTag() {
  const { data } = await nue.GET('/v1/catalog/price-tags/{tagCode}', {
    params: { path: { tagCode: 'sample' } },
  });
  return data;
}

/** GET /v1/catalog/object-mapping-settings */
export async function listCatalogObjectMappingSettings() {
  const { data } = await nue.GET('/v1/catalog/object-mapping-settings');
  return data;
}

/** GET /v1/catalog/bundleSuites/{id} */
export async function getCatalogBundleSuite() {
  const { data } = await nue.GET('/v1/catalog/bundleSuites/{id}', {
    params: { path: { id: 'sample' } },
  });
  return data;
}

/** POST /v1/cpq/create-order */
export async function createAndActivateOrder() {
  const { data } = await nue.POST('/v1/cpq/create-order', {
    body: {
      customerId: 'sample',
      effectiveDate: '2024-01-31',
      priceBookId: 'sample',
      orderProducts: [
        {
          subscriptionStartDate: '2024-01-31',
          subscriptionEndDate: '2024-01-31',
          productId: 'sample',
          priceBookEntryId: 'sample',
          quantity: 1.5,
          totalPrice: 1.5,
          uomId: 'sample',
        },
      ],
    },
  });
  return data;
}

/** POST /v1/cpq/change-order */
export async function createAndActivateChangeOrder() {
  const { data } = await nue.POST('/v1/cpq/change-order', {
    body: {
      options: { proceedOption: 'UseExistingQuote' },
      assetChanges: [{ assetNumber: 'sample', changeType: 'Renew' }],
    },
  });
  return data;
}

/** POST /v1/cpq/change-order:preview */
export async function previewChangeOrder() {
  const { data } = await nue.POST('/v1/cpq/change-order:preview', {
    body: {
      options: { proceedOption: 'UseExistingQuote' },
      assetChanges: [{ assetNumber: 'sample', changeType: 'Renew' }],
    },
  });
  return data;
}

/** POST /v1/cpq/change-order-in-bulk */
export async function createBulkChangeOrder() {
  const { data } = await nue.POST('/v1/cpq/change-order-in-bulk', {
    body: {
      options: { proceedOption: 'CreateOrder' },
      assetChanges: [{ changeType: 'AdjustPrice' }],
    },
  });
  return data;
}

/** GET /v1/cpq/change-order-in-bulk/jobs/{jobId} */
export async function getBulkChangeOrderJob() {
  const { data } = await nue.GET('/v1/cpq/change-order-in-bulk/jobs/{jobId}', {
    params: { path: { jobId: 'sample' } },
  });
  return data;
}

/** POST /v1/objects/{objectName} */
export async function createObject() {
  const { data } = await nue.POST('/v1/objects/{objectName}', {
    params: { path: { objectName: 'sample' }, query: { payload: {} } },
  });
  return data;
}

/** POST /v1/objects/{objectName}List */
export async function createObjects() {
  const { data } = await nue.POST('/v1/objects/{objectName}List', {
    params: { path: { objectName: 'sample' }, query: { objectCollection: {} } },
  });
  return data;
}

/** DELETE /v1/objects/{objectName}List */
export async function deleteObjects() {
  const { data } = await nue.DELETE('/v1/objects/{objectName}List', {
    params: { path: { objectName: 'sample' } },
    body: { idList: ['sample'] },
  });
  return data;
}

/** PATCH /v1/objects/{objectName}List */
export async function updateObjects() {
  const { data } = await nue.PATCH('/v1/objects/{objectName}List', {
    params: { path: { objectName: 'sample' } },
    body: {},
  });
  return data;
}

/** POST /v1/objects/composite/{objectName}List */
export async function persistCompositeObjects() {
  const { data } = await nue.POST('/v1/objects/composite/{objectName}List', {
    params: { path: { objectName: 'sample' } },
    body: {},
  });
  return data;
}

/** DELETE /v1/objects/{objectName}/{id} */
export async function deleteObject() {
  const { data } = await nue.DELETE('/v1/objects/{objectName}/{id}', {
    params: { path: { objectName: 'sample', id: 'sample' } },
  });
  return data;
}

/** PATCH /v1/objects/{objectName}/{id} */
export async function updateObject() {
  const { data } = await nue.PATCH('/v1/objects/{objectName}/{id}', {
    params: { path: { objectName: 'sample', id: 'sample' } },
    body: {},
  });
  return data;
}

/** POST /v1/cpq/async/imports */
export async function createImportJob() {
  const { data } = await nue.POST('/v1/cpq/async/imports', {
    body: { objectName: 'UOM' },
  });
  return data;
}

/** POST /v1/cpq/async/imports/revenue-builder-data */
export async function createProductsAndPricingImportJob() {
  const { data } = await nue.POST('/v1/cpq/async/imports/revenue-builder-data', {
    body: { uom: 'file content' },
    bodySerializer: (body) => {
      const form = new FormData();
      for (const [name, value] of Object.entries(body ?? {})) form.append(name, new Blob([value]), name);
      return form;
    },
  });
  return data;
}

/** POST /v1/cpq/async/exports */
export async function createDataExportJob() {
  const { data } = await nue.POST('/v1/cpq/async/exports', { body: {} });
  return data;
}

/** POST /v1/async/graphql/exports */
export async function createGraphqlExportJob() {
  const { data } = await nue.POST('/v1/async/graphql/exports', {
    body: 'sample',
  });
  return data;
}

/** PATCH /v1/cpq/async/imports/{jobId}/content */
export async function updateImportJobContent() {
  const { data } = await nue.PATCH('/v1/cpq/async/imports/{jobId}/content', {
    params: { path: { jobId: 'sample' } },
    body: { data: 'file content' },
    bodySerializer: (body) => {
      const form = new FormData();
      for (const [name, value] of Object.entries(body ?? {})) form.append(name, new Blob([value]), name);
      return form;
    },
  });
  return data;
}

/** GET /v1/cpq/async/imports/{jobId} */
export async function getImportJobStatus() {
  const { data } = await nue.GET('/v1/cpq/async/imports/{jobId}', {
    params: { path: { jobId: 'sample' } },
  });
  return data;
}

/** GET /v1/cpq/async/imports/revenue-builder-data/{jobId} */
export async function getProductsAndPricingImportStatus() {
  const { data } = await nue.GET('/v1/cpq/async/imports/revenue-builder-data/{jobId}', {
    params: { path: { jobId: 'sample' } },
  });
  return data;
}

/** GET /v1/cpq/async/exports/{jobId} */
export async function getDataExportJobStatus() {
  const { data } = await nue.GET('/v1/cpq/async/exports/{jobId}', {
    params: { path: { jobId: 'sample' } },
  });
  return data;
}

/** POST /v1/objects/PriceDimension/{id}:duplicate */
export async function duplicatePriceTag() {
  const { data } = await nue.POST('/v1/objects/PriceDimension/{id}:duplicate', {
    params: { path: { id: 'sample' } },
  });
  return data;
}

/** POST /v1/objects/PriceBook/{id}:copy */
export async function copyPriceBook() {
  const { data } = await nue.POST('/v1/objects/PriceBook/{id}:copy', {
    params: { path: { id: 'sample' } },
    body: { fromPriceBookId: 'sample' },
  });
  return data;
}

/** POST /v1/objects/PriceBook/{id}:clone */
export async function clonePriceBook() {
  const { data } = await nue.POST('/v1/objects/PriceBook/{id}:clone', {
    params: { path: { id: 'sample' } },
  });
  return data;
}

/** POST /v1/objects/ProductList:deactivate */
export async function deactivateProducts() {
  const { data } = await nue.POST('/v1/objects/ProductList:deactivate', {
    body: { idList: ['sample'] },
  });
  return data;
}

/** POST /v1/objects/ProductList:activate */
export async function activateProducts() {
  const { data } = await nue.POST('/v1/objects/ProductList:activate', {
    body: { idList: ['sample'] },
  });
  return data;
}

/** POST /v1/objects/Product/{id}:duplicate */
export async function duplicateProduct() {
  const { data } = await nue.POST('/v1/objects/Product/{id}:duplicate', {
    params: { path: { id: 'sample' } },
  });
  return data;
}

/** POST /v1/objects/Product/{id}:deactivate */
export async function deactivateProduct() {
  const { data } = await nue.POST('/v1/objects/Product/{id}:deactivate', {
    params: { path: { id: 'sample' } },
  });
  return data;
}

/** POST /v1/objects/Product/{id}:convertToBundle */
export async function convertProductToBundle() {
  const { data } = await nue.POST('/v1/objects/Product/{id}:convertToBundle', {
    params: { path: { id: 'sample' } },
  });
  return data;
}

/** POST /v1/objects/Product/{id}:addImage */
export async function addProductImage() {
  const { data } = await nue.POST('/v1/objects/Product/{id}:addImage', {
    params: { path: { id: 'sample' } },
    body: { file: 'file content' },
    bodySerializer: (body) => {
      const form = new FormData();
      for (const [name, value] of Object.entries(body ?? {})) form.append(name, new Blob([value]), name);
      return form;
    },
  });
  return data;
}

/** POST /v1/objects/Product/{id}:activate */
export async function activateProduct() {
  const { data } = await nue.POST('/v1/objects/Product/{id}:activate', {
    params: { path: { id: 'sample' } },
  });
  return data;
}

/** GET /v1/objects/Product/{id}:getImage */
export async function getProductImage() {
  const { data } = await nue.GET('/v1/objects/Product/{id}:getImage', {
    params: { path: { id: 'sample' } },
  });
  return data;
}

/** GET /v1/objects/Product/{id}/referenceProducts */
export async function getReferencedProducts() {
  const { data } = await nue.GET('/v1/objects/Product/{id}/referenceProducts', {
    params: { path: { id: 'sample' } },
  });
  return data;
}

/** POST /v1/cpq/settings/setting:import */
export async function importSettings() {
  const { data } = await nue.POST('/v1/cpq/settings/setting:import', {
    body: {},
  });
  return data;
}

/** GET /v1/cpq/ruby_settings/quantityTierAttributes */
export async function listQuantityTierAttributes() {
  const { data } = await nue.GET('/v1/cpq/ruby_settings/quantityTierAttributes');
  return data;
}

/** POST /v1/cpq/ruby_settings/quantityTierAttributes */
export async function createQuantityTierAttributes() {
  const { data } = await nue.POST('/v1/cpq/ruby_settings/quantityTierAttributes', {
    body: { apiName: 'sample', mapping: 'sample' },
  });
  return data;
}

/** DELETE /v1/cpq/ruby_settings/quantityTierAttributes/{apiName} */
export async function deleteQuantityTierAttribute() {
  const { data } = await nue.DELETE('/v1/cpq/ruby_settings/quantityTierAttributes/{apiName}', {
    params: { path: { apiName: 'sample' } },
  });
  return data;
}

/** PATCH /v1/cpq/ruby_settings/quantityTierAttributes/{apiName} */
export async function updateQuantityTierAttribute() {
  const { data } = await nue.PATCH('/v1/cpq/ruby_settings/quantityTierAttributes/{apiName}', {
    params: { path: { apiName: 'sample' } },
    body: {},
  });
  return data;
}

/** GET /v1/cpq/settings/setting:export */
export async function exportSettings() {
  const { data } = await nue.GET('/v1/cpq/settings/setting:export');
  return data;
}

/** GET /v1/objects/Product/{id}/bundleDefinition */
export async function getBundleDefinition() {
  const { data } = await nue.GET('/v1/objects/Product/{id}/bundleDefinition', {
    params: { path: { id: 'sample' } },
  });
  return data;
}

/** GET /v1/objects/custom-fields/subscription-asset-entitlement/simple */
export async function getSimpleAssetCustomFields() {
  const { data } = await nue.GET('/v1/objects/custom-fields/subscription-asset-entitlement/simple');
  return data;
}

/** POST /v1/objects/Entity/{id}:deactivate */
export async function deactivateEntity() {
  const { data } = await nue.POST('/v1/objects/Entity/{id}:deactivate', {
    params: { path: { id: 'sample' } },
  });
  return data;
}

/** POST /v1/objects/Entity/{id}:activate */
export async function activateEntity() {
  const { data } = await nue.POST('/v1/objects/Entity/{id}:activate', {
    params: { path: { id: 'sample' } },
  });
  return data;
}

/** GET /v1/orders/async/graphql */
export async function queryOrdersGraphqlOnGet() {
  const { data } = await nue.GET('/v1/orders/async/graphql', {
    params: { query: { query: 'sample' } },
  });
  return data;
}

/** POST /v1/orders/async/graphql */
export async function queryOrdersGraphqlOnPost() {
  const { data } = await nue.POST('/v1/orders/async/graphql', {
    body: { query: 'sample' },
  });
  return data;
}

/** GET /v1/orders/magiclink/{objectType}/{objectId} */
export async function getMagicLink() {
  const { data } = await nue.GET('/v1/orders/magiclink/{objectType}/{objectId}', {
    params: { path: { objectType: 'sample', objectId: 'sample' } },
  });
  return data;
}

/** GET /v1/orders/magiclink/{objectType}/{objectId}/template/{templateId} */
export async function getMagicLinkWithTemplate() {
  const { data } = await nue.GET('/v1/orders/magiclink/{objectType}/{objectId}/template/{templateId}', {
    params: {
      path: { objectType: 'sample', objectId: 'sample', templateId: 'sample' },
    },
  });
  return data;
}

/** POST /v1/billing/schedules */
export async function createBillingSchedule() {
  const { data } = await nue.POST('/v1/billing/schedules', { body: {} });
  return data;
}

/** POST /v1/billing/schedules/{id}:duplicate */
export async function duplicateBillingSchedule() {
  const { data } = await nue.POST('/v1/billing/schedules/{id}:duplicate', {
    params: { path: { id: 'sample' } },
  });
  return data;
}

/** DELETE /v1/billing/schedules/{id} */
export async function deleteBillingSchedule() {
  const { data } = await nue.DELETE('/v1/billing/schedules/{id}', {
    params: { path: { id: '3fa85f64-5717-4562-b3fc-2c963f66afa6' } },
  });
  return data;
}

/** PATCH /v1/billing/schedules/{id} */
export async function updateBillingSchedule() {
  const { data } = await nue.PATCH('/v1/billing/schedules/{id}', {
    params: { path: { id: '3fa85f64-5717-4562-b3fc-2c963f66afa6' } },
    body: {},
  });
  return data;
}

/** PATCH /v1/billing/schedules/cancel */
export async function cancelBillingSchedules() {
  const { data } = await nue.PATCH('/v1/billing/schedules/cancel', { body: {} });
  return data;
}

/** PATCH /v1/billing/schedules/activate */
export async function activateBillingSchedules() {
  const { data } = await nue.PATCH('/v1/billing/schedules/activate', {
    body: {},
  });
  return data;
}

/** GET /v1/billing/job/{jobId}/error-log */
export async function getBillingJobErrorLog() {
  const { data } = await nue.GET('/v1/billing/job/{jobId}/error-log', {
    params: { path: { jobId: '3fa85f64-5717-4562-b3fc-2c963f66afa6' } },
  });
  return data;
}

/** POST /v1/orders/settings/setting:import */
export async function importOrderSettings() {
  const { data } = await nue.POST('/v1/orders/settings/setting:import', {
    body: {},
  });
  return data;
}

/** POST /v1/billing/tenant-settings/setting:import */
export async function importBillingSettings() {
  const { data } = await nue.POST('/v1/billing/tenant-settings/setting:import', {
    body: {},
  });
  return data;
}

/** GET /v1/orders/settings/setting:export */
export async function exportOrderSettings() {
  const { data } = await nue.GET('/v1/orders/settings/setting:export');
  return data;
}

/** GET /v1/billing/tenant-settings/setting:export */
export async function exportBillingSettings() {
  const { data } = await nue.GET('/v1/billing/tenant-settings/setting:export');
  return data;
}

/** GET /v1/billing/credit-tenant-settings */
export async function getCreditSettings() {
  const { data } = await nue.GET('/v1/billing/credit-tenant-settings');
  return data;
}

/** POST /v1/orders */
export async function createOrder() {
  const { data } = await nue.POST('/v1/orders', { body: {} });
  return data;
}

/** DELETE /v1/orders */
export async function deleteOrders() {
  const { data } = await nue.DELETE('/v1/orders', { body: {} });
  return data;
}

/** GET /v1/orders/{orderId} */
export async function getOrder() {
  const { data } = await nue.GET('/v1/orders/{orderId}', {
    params: { path: { orderId: 'sample' } },
  });
  return data;
}

/** POST /v1/orders/{orderId} */
export async function updateOrder() {
  const { data } = await nue.POST('/v1/orders/{orderId}', {
    params: { path: { orderId: 'sample' } },
    body: {},
  });
  return data;
}

/** POST /v1/orders/{orderId}:cancel */
export async function cancelOrder() {
  const { data } = await nue.POST('/v1/orders/{orderId}:cancel', {
    params: { path: { orderId: 'sample' } },
  });
  return data;
}

/** POST /v1/orders/{orderId}:activate */
export async function activateOrder() {
  const { data } = await nue.POST('/v1/orders/{orderId}:activate', {
    params: { path: { orderId: 'sample' } },
    body: {},
  });
  return data;
}

/** POST /v1/orders/invoices:preview */
export async function previewOrderInvoices() {
  const { data } = await nue.POST('/v1/orders/invoices:preview', {
    body: {
      customerId: 'sample',
      orderProducts: [
        {
          id: 'sample',
          priceModel: 'sample',
          startDate: '2024-01-31',
          totalPrice: 1.5,
          tax: 1.5,
          quantity: 1.5,
          productId: 'sample',
          productName: 'sample',
          lineType: 'LineItem',
          netSalesPrice: 1.5,
          productSku: 'sample',
        },
      ],
    },
  });
  return data;
}

/** POST /v1/orders/change-orders */
export async function createChangeOrder() {
  const { data } = await nue.POST('/v1/orders/change-orders', {
    body: {
      options: { calculateTax: true, previewInvoice: true },
      assetChanges: [{ assetNumber: 'sample', changeType: 'Renew' }],
    },
  });
  return data;
}

/** POST /v1/billing/orders/sync-jobs */
export async function createOrderSyncJob() {
  const { data } = await nue.POST('/v1/billing/orders/sync-jobs', {
    body: 'sample',
  });
  return data;
}

/** PATCH /v1/orders/subscriptions/{subscriptionId} */
export async function updateSubscription() {
  const { data } = await nue.PATCH('/v1/orders/subscriptions/{subscriptionId}', {
    params: { path: { subscriptionId: 'sample' } },
    body: {},
  });
  return data;
}

/** GET /v1/orders/quotes */
export async function getQuoteList() {
  const { data } = await nue.GET('/v1/orders/quotes');
  return data;
}

/** GET /v1/orders/quote/metadata/{objectName} */
export async function getQuoteMetadata() {
  const { data } = await nue.GET('/v1/orders/quote/metadata/{objectName}', {
    params: { path: { objectName: 'sample' } },
  });
  return data;
}

/** GET /v1/billing/orders/sync-jobs/{jobId} */
export async function getOrderSyncJob() {
  const { data } = await nue.GET('/v1/billing/orders/sync-jobs/{jobId}', {
    params: { path: { jobId: 'sample' } },
  });
  return data;
}

/** POST /v1/billing/debit-memos */
export async function createDebitMemo() {
  const { data } = await nue.POST('/v1/billing/debit-memos', { body: {} });
  return data;
}

/** POST /v1/billing/debit-memos:update */
export async function updateDebitMemo() {
  const { data } = await nue.POST('/v1/billing/debit-memos:update', { body: {} });
  return data;
}

/** POST /v1/billing/debit-memos/cancel */
export async function cancelDebitMemos() {
  const { data } = await nue.POST('/v1/billing/debit-memos/cancel', { body: {} });
  return data;
}

/** POST /v1/billing/debit-memos:activate */
export async function activateDebitMemos() {
  const { data } = await nue.POST('/v1/billing/debit-memos:activate', {
    body: {},
  });
  return data;
}

/** POST /v1/orders/fields-sync-jobs */
export async function createFieldsSyncJob() {
  const { data } = await nue.POST('/v1/orders/fields-sync-jobs', { body: {} });
  return data;
}

/** GET /v1/orders/fields-sync-jobs/{jobId} */
export async function getFieldsSyncJob() {
  const { data } = await nue.GET('/v1/orders/fields-sync-jobs/{jobId}', {
    params: { path: { jobId: '3fa85f64-5717-4562-b3fc-2c963f66afa6' } },
  });
  return data;
}

/** POST /v1/billing/credit-memos:async-cancel */
export async function cancelCreditMemos() {
  const { data } = await nue.POST('/v1/billing/credit-memos:async-cancel', {
    body: {},
  });
  return data;
}

/** POST /v1/billing/credit-memos:activate */
export async function activateCreditMemos() {
  const { data } = await nue.POST('/v1/billing/credit-memos:activate', {
    body: {},
  });
  return data;
}

/** PATCH /v1/billing/credit-memos/{creditMemoId} */
export async function updateCreditMemo() {
  const { data } = await nue.PATCH('/v1/billing/credit-memos/{creditMemoId}', {
    params: { path: { creditMemoId: '3fa85f64-5717-4562-b3fc-2c963f66afa6' } },
    body: {},
  });
  return data;
}

/** GET /v1/billing/credit-memos/{creditMemoId}/invoices */
export async function getCreditMemoAppliedInvoices() {
  const { data } = await nue.GET('/v1/billing/credit-memos/{creditMemoId}/invoices', {
    params: { path: { creditMemoId: '3fa85f64-5717-4562-b3fc-2c963f66afa6' } },
  });
  return data;
}

/** GET /v1/billing/credit-memos/{creditMemoId}/debit-memos */
export async function getCreditMemoAppliedDebitMemos() {
  const { data } = await nue.GET('/v1/billing/credit-memos/{creditMemoId}/debit-memos', {
    params: { path: { creditMemoId: '3fa85f64-5717-4562-b3fc-2c963f66afa6' } },
  });
  return data;
}

/** DELETE /v1/billing/credit-memos:async-delete */
export async function deleteCanceledCreditMemos() {
  const { data } = await nue.DELETE('/v1/billing/credit-memos:async-delete', {
    body: {},
  });
  return data;
}

/** POST /v1/billing/invoices:write-off */
export async function writeOffInvoices() {
  const { data } = await nue.POST('/v1/billing/invoices:write-off', { body: {} });
  return data;
}

/** POST /v1/billing/invoices:refund */
export async function refundInvoices() {
  const { data } = await nue.POST('/v1/billing/invoices:refund', { body: {} });
  return data;
}

/** POST /v1/billing/invoices:pay */
export async function payInvoices() {
  const { data } = await nue.POST('/v1/billing/invoices:pay', { body: {} });
  return data;
}

/** POST /v1/billing/invoices:cancel-payments */
export async function cancelInvoicePayments() {
  const { data } = await nue.POST('/v1/billing/invoices:cancel-payments', {
    body: {},
  });
  return data;
}

/** POST /v1/billing/credit-memos:unapply */
export async function unapplyCreditMemos() {
  const { data } = await nue.POST('/v1/billing/credit-memos:unapply', {
    body: {},
  });
  return data;
}

/** POST /v1/billing/credit-memos:apply */
export async function applyCreditMemos() {
  const { data } = await nue.POST('/v1/billing/credit-memos:apply', { body: {} });
  return data;
}

/** POST /v1/billing/payment-rules */
export async function createPaymentRule() {
  const { data } = await nue.POST('/v1/billing/payment-rules', { body: {} });
  return data;
}

/** DELETE /v1/billing/payment-rules */
export async function deletePaymentRules() {
  const { data } = await nue.DELETE('/v1/billing/payment-rules', { body: {} });
  return data;
}

/** POST /v1/billing/payment-rules:process */
export async function processPaymentRules() {
  const { data } = await nue.POST('/v1/billing/payment-rules:process', {
    body: {},
  });
  return data;
}

/** POST /v1/billing/payment-rules:deactivate */
export async function deactivatePaymentRules() {
  const { data } = await nue.POST('/v1/billing/payment-rules:deactivate', {
    body: {},
  });
  return data;
}

/** POST /v1/billing/payment-rules:activate */
export async function activatePaymentRules() {
  const { data } = await nue.POST('/v1/billing/payment-rules:activate', {
    body: {},
  });
  return data;
}

/** POST /v1/billing/payment-rules/{id}:duplicate */
export async function duplicatePaymentRule() {
  const { data } = await nue.POST('/v1/billing/payment-rules/{id}:duplicate', {
    params: { path: { id: '3fa85f64-5717-4562-b3fc-2c963f66afa6' } },
  });
  return data;
}

/** PATCH /v1/billing/payment-rules/{id} */
export async function updatePaymentRule() {
  const { data } = await nue.PATCH('/v1/billing/payment-rules/{id}', {
    params: { path: { id: '3fa85f64-5717-4562-b3fc-2c963f66afa6' } },
    body: {},
  });
  return data;
}

/** POST /v1/orders/usage-rate */
export async function rateUsagesInBulk() {
  const { data } = await nue.POST('/v1/orders/usage-rate', { body: {} });
  return data;
}

/** POST /v1/usage/usage */
export async function queryUsage() {
  const { data } = await nue.POST('/v1/usage/usage', { body: {} });
  return data;
}

/** POST /v1/usage/usage:async-rate */
export async function rateUsageAsync() {
  const { data } = await nue.POST('/v1/usage/usage:async-rate', { body: {} });
  return data;
}

/** POST /v1/usage/cancel-usage */
export async function cancelUsage() {
  const { data } = await nue.POST('/v1/usage/cancel-usage', { body: {} });
  return data;
}

/** POST /v1/usage/raw-usage */
export async function createRawUsage() {
  const { data } = await nue.POST('/v1/usage/raw-usage', { body: {} });
  return data;
}

/** POST /v1/usage/rated-usage */
export async function createRatedUsage() {
  const { data } = await nue.POST('/v1/usage/rated-usage', { body: {} });
  return data;
}

/** POST /v1/usage/customers/{customerId}/subscriptions/{subscriptionId}/usage */
export async function getSubscriptionUsage() {
  const { data } = await nue.POST('/v1/usage/customers/{customerId}/subscriptions/{subscriptionId}/usage', {
    params: { path: { customerId: 'sample', subscriptionId: 'sample' } },
    body: {},
  });
  return data;
}

/** GET /v1/usage/async/graphql */
export async function queryUsageGraphqlOnGet() {
  const { data } = await nue.GET('/v1/usage/async/graphql', {
    params: { query: { query: 'sample' } },
  });
  return data;
}

/** POST /v1/usage/async/graphql */
export async function queryUsageGraphqlOnPost() {
  const { data } = await nue.POST('/v1/usage/async/graphql', {
    body: { query: 'sample' },
  });
  return data;
}

/** GET /v1/usage/tenants/current */
export async function getUsageSettings() {
  const { data } = await nue.GET('/v1/usage/tenants/current');
  return data;
}

/** GET /v1/usage/async-jobs/{jobId} */
export async function getAsyncJobStatus() {
  const { data } = await nue.GET('/v1/usage/async-jobs/{jobId}', {
    params: { path: { jobId: 'sample' } },
  });
  return data;
}

/** POST /v1/billing/invoices:transferToPayments */
export async function transferInvoicesToPayments() {
  const { data } = await nue.POST('/v1/billing/invoices:transferToPayments', {
    body: {},
  });
  return data;
}

/** POST /v1/billing/invoices:convert-payment-status */
export async function convertInvoicePaymentStatus() {
  const { data } = await nue.POST('/v1/billing/invoices:convert-payment-status', {
    body: {},
  });
  return data;
}

/** POST /v1/billing/invoices:async-cancel */
export async function cancelInvoices() {
  const { data } = await nue.POST('/v1/billing/invoices:async-cancel', {
    body: {},
  });
  return data;
}

/** POST /v1/billing/invoices:activate */
export async function activateInvoices() {
  const { data } = await nue.POST('/v1/billing/invoices:activate', { body: {} });
  return data;
}

/** POST /v1/billing/invoices/sync-jobs */
export async function createInvoiceSyncJob() {
  const { data } = await nue.POST('/v1/billing/invoices/sync-jobs', { body: {} });
  return data;
}

/** POST /v1/billing/invoices/failed-seq-tasks:replay */
export async function replayFailedInvoiceTasks() {
  const { data } = await nue.POST('/v1/billing/invoices/failed-seq-tasks:replay', {
    body: {},
  });
  return data;
}

/** POST /v1/billing/invoice:transfer-to-crm/{invoice-id} */
export async function transferInvoiceToCrm() {
  const { data } = await nue.POST('/v1/billing/invoice:transfer-to-crm/{invoice-id}', {
    params: { path: { 'invoice-id': '3fa85f64-5717-4562-b3fc-2c963f66afa6' } },
  });
  return data;
}

/** POST /v1/billing/credits:convert */
export async function convertCredits() {
  const { data } = await nue.POST('/v1/billing/credits:convert', { body: {} });
  return data;
}

/** POST /v1/billing/credit-memos:transferToPayments */
export async function transferCreditMemosToPayments() {
  const { data } = await nue.POST('/v1/billing/credit-memos:transferToPayments', {
    body: {},
  });
  return data;
}

/** POST /v1/billing/credit-memo:transfer-to-crm/{credit-memo-id} */
export async function transferCreditMemoToCrm() {
  const { data } = await nue.POST('/v1/billing/credit-memo:transfer-to-crm/{credit-memo-id}', {
    params: {
      path: { 'credit-memo-id': '3fa85f64-5717-4562-b3fc-2c963f66afa6' },
    },
  });
  return data;
}

/** PATCH /v1/billing/invoices/{invoiceId} */
export async function updateInvoice() {
  const { data } = await nue.PATCH('/v1/billing/invoices/{invoiceId}', {
    params: { path: { invoiceId: '3fa85f64-5717-4562-b3fc-2c963f66afa6' } },
    body: {},
  });
  return data;
}

/** GET /v1/billing/invoices/{invoiceId}/credit-memos */
export async function getInvoiceAppliedCreditMemos() {
  const { data } = await nue.GET('/v1/billing/invoices/{invoiceId}/credit-memos', {
    params: { path: { invoiceId: '3fa85f64-5717-4562-b3fc-2c963f66afa6' } },
  });
  return data;
}

/** GET /v1/billing/invoices/{id}/pdf:generate */
export async function generateInvoicePdf() {
  const { data } = await nue.GET('/v1/billing/invoices/{id}/pdf:generate', {
    params: { path: { id: '3fa85f64-5717-4562-b3fc-2c963f66afa6' } },
  });
  return data;
}

/** GET /v1/billing/invoices/sync-jobs/{jobId} */
export async function getInvoiceSyncJob() {
  const { data } = await nue.GET('/v1/billing/invoices/sync-jobs/{jobId}', {
    params: { path: { jobId: '3fa85f64-5717-4562-b3fc-2c963f66afa6' } },
  });
  return data;
}

/** DELETE /v1/billing/invoices:async-delete */
export async function deleteInvoices() {
  const { data } = await nue.DELETE('/v1/billing/invoices:async-delete', {
    body: {},
  });
  return data;
}

/** GET /v1/webhook-endpoints */
export async function getWebhookEndpoints() {
  const { data } = await nue.GET('/v1/webhook-endpoints');
  return data;
}

/** POST /v1/webhook-endpoints */
export async function createWebhookEndpoint() {
  const { data } = await nue.POST('/v1/webhook-endpoints', {
    body: { name: 'sample', eventTypes: ['sample'], endpoint: 'sample' },
  });
  return data;
}

/** POST /v1/webhook-endpoints/{id}:enable */
export async function enableWebhookEndpoint() {
  const { data } = await nue.POST('/v1/webhook-endpoints/{id}:enable', {
    params: { path: { id: 'sample' } },
  });
  return data;
}

/** POST /v1/webhook-endpoints/{id}:disable */
export async function disableWebhookEndpoint() {
  const { data } = await nue.POST('/v1/webhook-endpoints/{id}:disable', {
    params: { path: { id: 'sample' } },
  });
  return data;
}

/** DELETE /v1/webhook-endpoints/{id} */
export async function deleteWebhookEndpoint() {
  const { data } = await nue.DELETE('/v1/webhook-endpoints/{id}', {
    params: { path: { id: 'sample' } },
  });
  return data;
}

/** PATCH /v1/webhook-endpoints/{id} */
export async function updateWebhookEndpoint() {
  const { data } = await nue.PATCH('/v1/webhook-endpoints/{id}', {
    params: { path: { id: 'sample' } },
    body: {},
  });
  return data;
}

/** POST /v1/orders/customers */
export async function createCustomer() {
  const { data } = await nue.POST('/v1/orders/customers', { body: [{}] });
  return data;
}

/** POST /v1/orders/customers/{customerId}/contacts */
export async function createContact() {
  const { data } = await nue.POST('/v1/orders/customers/{customerId}/contacts', {
    params: { path: { customerId: 'sample' } },
    body: [{}],
  });
  return data;
}

/** GET /v1/orders/customers/{customerId} */
export async function getCustomer() {
  const { data } = await nue.GET('/v1/orders/customers/{customerId}', {
    params: { path: { customerId: 'sample' } },
  });
  return data;
}

/** PATCH /v1/orders/customers/{customerId} */
export async function updateCustomer() {
  const { data } = await nue.PATCH('/v1/orders/customers/{customerId}', {
    params: { path: { customerId: 'sample' } },
    body: {},
  });
  return data;
}

/** GET /v1/orders/contacts/{contactId} */
export async function getContact() {
  const { data } = await nue.GET('/v1/orders/contacts/{contactId}', {
    params: { path: { contactId: 'sample' } },
  });
  return data;
}

/** PATCH /v1/orders/contacts/{contactId} */
export async function updateContact() {
  const { data } = await nue.PATCH('/v1/orders/contacts/{contactId}', {
    params: { path: { contactId: 'sample' } },
    body: {},
  });
  return data;
}

/** GET /v1/revenue/transaction-hub/async-job/{jobId} */
export async function getTransactionHubUploadJob() {
  const { data } = await nue.GET('/v1/revenue/transaction-hub/async-job/{jobId}', {
    params: { path: { jobId: '3fa85f64-5717-4562-b3fc-2c963f66afa6' } },
  });
  return data;
}

/** POST /v1/revenue/transaction-hub:upload */
export async function uploadTransactionHub() {
  const { data } = await nue.POST('/v1/revenue/transaction-hub:upload', {
    body: {},
  });
  return data;
}

/** POST /v1/revenue/transaction-hub */
export async function createTransactionHub() {
  const { data } = await nue.POST('/v1/revenue/transaction-hub', { body: {} });
  return data;
}

/** DELETE /v1/revenue/transaction-hub */
export async function deleteTransactionHub() {
  const { data } = await nue.DELETE('/v1/revenue/transaction-hub', { body: {} });
  return data;
}

/** PATCH /v1/revenue/transaction-hub */
export async function updateTransactionHub() {
  const { data } = await nue.PATCH('/v1/revenue/transaction-hub', { body: {} });
  return data;
}

/** GET /v1/revenue/settings/revenue-fields/orders */
export async function getOrderRevenueFieldMappings() {
  const { data } = await nue.GET('/v1/revenue/settings/revenue-fields/orders');
  return data;
}

/** POST /v1/revenue/settings/revenue-fields/orders */
export async function createOrderRevenueFieldMapping() {
  const { data } = await nue.POST('/v1/revenue/settings/revenue-fields/orders', {
    body: {},
  });
  return data;
}

/** PATCH /v1/revenue/settings/revenue-fields/orders */
export async function updateOrderRevenueFieldMappings() {
  const { data } = await nue.PATCH('/v1/revenue/settings/revenue-fields/orders', {
    body: {},
  });
  return data;
}

/** DELETE /v1/revenue/settings/revenue-fields/orders/{fieldId} */
export async function deleteOrderRevenueFieldMapping() {
  const { data } = await nue.DELETE('/v1/revenue/settings/revenue-fields/orders/{fieldId}', {
    params: { path: { fieldId: '3fa85f64-5717-4562-b3fc-2c963f66afa6' } },
  });
  return data;
}

/** GET /v1/revenue/async/graphql */
export async function queryRevenueGraphqlOnGet() {
  const { data } = await nue.GET('/v1/revenue/async/graphql', {
    params: { query: { query: 'sample' } },
  });
  return data;
}

/** POST /v1/revenue/async/graphql */
export async function queryRevenueGraphqlOnPost() {
  const { data } = await nue.POST('/v1/revenue/async/graphql', {
    body: { query: 'sample' },
  });
  return data;
}

/** POST /v1/events */
export async function createEvent() {
  const { data } = await nue.POST('/v1/events', { body: {} });
  return data;
}

/** POST /v1/events:test */
export async function testEvent() {
  const { data } = await nue.POST('/v1/events:test', { body: {} });
  return data;
}

/** POST /v1/events/{id}:retry */
export async function retryEvent() {
  const { data } = await nue.POST('/v1/events/{id}:retry', {
    params: { path: { id: 'sample' } },
  });
  return data;
}

/** GET /v1/events/{id} */
export async function getEvent() {
  const { data } = await nue.GET('/v1/events/{id}', {
    params: { path: { id: 'sample' } },
  });
  return data;
}

/** POST /v1/eventPosts/{id}:reSend */
export async function reSendEventPost() {
  const { data } = await nue.POST('/v1/eventPosts/{id}:reSend', {
    params: { path: { id: 'sample' } },
  });
  return data;
}

/** GET /v1/eventPosts/{id} */
export async function getEventPost() {
  const { data } = await nue.GET('/v1/eventPosts/{id}', {
    params: { path: { id: 'sample' } },
  });
  return data;
}

/** GET /v1/eventPosts/{id}/logs */
export async function getEventProcessLogs() {
  const { data } = await nue.GET('/v1/eventPosts/{id}/logs', {
    params: { path: { id: 'sample' } },
  });
  return data;
}

/** GET /customers/{customerId}/credit-stats */
export async function getCustomerCreditStats() {
  const { data } = await nue.GET('/customers/{customerId}/credit-stats', {
    params: {
      path: { customerId: 'sample' },
      query: { accountPoolIds: ['474935a8-16cc-46a6-927d-74c962cf460f'] },
    },
  });
  return data;
}

/** GET /customers/{customerId}/account-credit-pools */
export async function getAccountCreditPools() {
  const { data } = await nue.GET('/customers/{customerId}/account-credit-pools', {
    params: { path: { customerId: 'sample' } },
  });
  return data;
}

/** GET /customers/{customerId}/credit-flows */
export async function getCreditFlows() {
  const { data } = await nue.GET('/customers/{customerId}/credit-flows', {
    params: { path: { customerId: 'sample' } },
  });
  return data;
}
