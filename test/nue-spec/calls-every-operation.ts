// Generated from the bundled Nue spec by `npx tsx test/nue-spec/support/write-calls-file.ts`;
// do not edit. One call per operation through the typed client: `npm run typecheck` checks that
// every operation can be called with its documented parameters and body.
import type { Client } from 'openapi-fetch';
import type { paths } from '../../generated/nue.js';

export async function callEveryOperation(client: Client<paths>): Promise<number> {
  let calls = 0;
  // listLoginHistory
  await client.GET("/loginHistory");
  calls++;
  // listUserLoginHistory
  await client.GET("/loginHistory/user/{userId}", { params: {"path":{"userId":"sample"}} });
  calls++;
  // listUserRoles
  await client.GET("/users/{userId}/roles", { params: {"path":{"userId":"sample"}} });
  calls++;
  // getConnectedSalesforceUser
  await client.GET("/users/salesforce");
  calls++;
  // getUserProfile
  await client.GET("/users/profile");
  calls++;
  // listFunctionPolicies
  await client.GET("/users/functions");
  calls++;
  // listRoles
  await client.GET("/roles");
  calls++;
  // getRole
  await client.GET("/roles/{id}", { params: {"path":{"id":"sample"}} });
  calls++;
  // verifyAccessToken
  await client.POST("/auth/verify", { body: {"apiAccessKey":"sample","token":"sample"} });
  calls++;
  // createAccessToken
  await client.POST("/auth/token", { body: {"userName":"sample","password":"sample"} });
  calls++;
  // revokeRefreshToken
  await client.POST("/auth/revokeToken", { body: {"token":"sample","userName":"sample"} });
  calls++;
  // refreshAccessToken
  await client.POST("/auth/refreshToken", { params: {"header":{"apiAccessKey":"sample"}}, body: {"refreshToken":"sample","userName":"sample"} });
  calls++;
  // createLayout
  await client.POST("/v1/metadata/layouts", { body: {"type":"FormView","apiName":"sample","name":"sample"} });
  calls++;
  // deleteLayouts
  await client.DELETE("/v1/metadata/layouts", { body: {"layoutsApiName":["sample"]} });
  calls++;
  // getLayout
  await client.GET("/v1/metadata/layouts/{layoutApiName}", { params: {"path":{"layoutApiName":"sample"}} });
  calls++;
  // updateLayout
  await client.PATCH("/v1/metadata/layouts/{layoutApiName}", { params: {"path":{"layoutApiName":"sample"}}, body: {} });
  calls++;
  // deactivateLayouts
  await client.PATCH("/v1/metadata/layouts/deactivate", { body: {"layoutsApiName":["sample"]} });
  calls++;
  // activateLayouts
  await client.PATCH("/v1/metadata/layouts/activate", { body: {"layoutsApiName":["sample"]} });
  calls++;
  // syncAllRevenueCustomFields
  await client.POST("/v1/metadata/orders:sync-all");
  calls++;
  // deleteCustomField
  await client.DELETE("/v1/metadata/objects/{objectApiName}/fields/{fieldApiName}", { params: {"path":{"objectApiName":"sample","fieldApiName":"sample"}} });
  calls++;
  // updateFieldMetadata
  await client.PATCH("/v1/metadata/objects/{objectApiName}/fields/{fieldApiName}", { params: {"path":{"objectApiName":"sample","fieldApiName":"sample"}}, body: {} });
  calls++;
  // listObjects
  await client.GET("/v1/metadata/objects");
  calls++;
  // getObjectDefinition
  await client.GET("/v1/metadata/objects/{objectName}", { params: {"path":{"objectName":"sample"}} });
  calls++;
  // listObjectCustomFields
  await client.GET("/v1/metadata/objects/{objectApiName}/fields", { params: {"path":{"objectApiName":"sample"}} });
  calls++;
  // getFilter
  await client.GET("/v1/metadata/filters/{objectApiName}", { params: {"path":{"objectApiName":"sample"},"query":{"id":"sample"}} });
  calls++;
  // createFilter
  await client.POST("/v1/metadata/filters/{objectApiName}", { params: {"path":{"objectApiName":"sample"}}, body: {} });
  calls++;
  // deleteFilter
  await client.DELETE("/v1/metadata/filters/{objectApiName}/{id}", { params: {"path":{"objectApiName":"sample","id":"sample"}} });
  calls++;
  // updateFilter
  await client.PATCH("/v1/metadata/filters/{objectApiName}/{id}", { params: {"path":{"objectApiName":"sample","id":"sample"}}, body: {} });
  calls++;
  // listFilters
  await client.GET("/v1/metadata/filters/{objectApiName}/list", { params: {"path":{"objectApiName":"sample"}} });
  calls++;
  // listValueSets
  await client.GET("/v1/metadata/valueSets", { params: {"query":{"names":"sample"}} });
  calls++;
  // createValueSet
  await client.POST("/v1/metadata/valueSets", { body: {"apiName":"sample","name":"sample"} });
  calls++;
  // syncAllSalesforceCustomFields
  await client.POST("/v1/metadata/valueSets:sync-all");
  calls++;
  // syncPicklistValues
  await client.POST("/v1/metadata/valueSets/{objectName}/{fieldName}:sync", { params: {"path":{"objectName":"sample","fieldName":"sample"}} });
  calls++;
  // syncGlobalValueSets
  await client.POST("/v1/metadata/valueSets/{nueApiName}:sync", { params: {"path":{"nueApiName":"sample"}} });
  calls++;
  // getValueSet
  await client.GET("/v1/metadata/valueSets/{valueSetName}", { params: {"path":{"valueSetName":"sample"}} });
  calls++;
  // deleteValueSet
  await client.DELETE("/v1/metadata/valueSets/{valueSetName}", { params: {"path":{"valueSetName":"sample"}} });
  calls++;
  // updateValueSet
  await client.PATCH("/v1/metadata/valueSets/{valueSetName}", { params: {"path":{"valueSetName":"sample"}}, body: {"apiName":"sample","name":"sample"} });
  calls++;
  // updateValueSetValues
  await client.PATCH("/v1/metadata/valueSets/{valueSetName}/values", { params: {"path":{"valueSetName":"sample"}}, body: {"values":[{}]} });
  calls++;
  // queryGraphqlOnGet
  await client.GET("/v1/async/graphql", { params: {"query":{"query":"sample"}} });
  calls++;
  // queryGraphqlOnPost
  await client.POST("/v1/async/graphql");
  calls++;
  // rateUsage
  await client.POST("/v1/cpq/usage-rate", { body: {"usageRateRequests":[{}]} });
  calls++;
  // publishUsageRatingOptions
  await client.POST("/v1/catalog/usage-rating-options:publish");
  calls++;
  // republishProducts
  await client.POST("/v1/catalog/products:republish");
  calls++;
  // unpublishProduct
  await client.POST("/v1/catalog/products/{id}:unpublish", { params: {"path":{"id":"sample"}} });
  calls++;
  // publishProduct
  await client.POST("/v1/catalog/products/{id}:publish", { params: {"path":{"id":"sample"}} });
  calls++;
  // outdateProductPublishStatus
  await client.POST("/v1/catalog/products/{id}:outdatePublishStatus", { params: {"path":{"id":"sample"}} });
  calls++;
  // enablePriceBookSelfService
  await client.POST("/v1/catalog/priceBooks/{id}:enableSelfService", { params: {"path":{"id":"sample"}} });
  calls++;
  // disablePriceBookSelfService
  await client.POST("/v1/catalog/priceBooks/{id}:disableSelfService", { params: {"path":{"id":"sample"}} });
  calls++;
  // unpublishPriceTag
  await client.POST("/v1/catalog/price-tags/{id}:unpublish", { params: {"path":{"id":"sample"}} });
  calls++;
  // publishPriceTag
  await client.POST("/v1/catalog/price-tags/{id}:publish", { params: {"path":{"id":"sample"}} });
  calls++;
  // outdatePriceTagPublishStatus
  await client.POST("/v1/catalog/price-tags/{id}:outdatePublishStatus", { params: {"path":{"id":"sample"}} });
  calls++;
  // publishObjectMappingSettings
  await client.POST("/v1/catalog/object-mapping-settings:publish");
  calls++;
  // unpublishBundleSuite
  await client.POST("/v1/catalog/bundleSuites/{id}:unpublish", { params: {"path":{"id":"sample"}} });
  calls++;
  // publishBundleSuite
  await client.POST("/v1/catalog/bundleSuites/{id}:publish", { params: {"path":{"id":"sample"}} });
  calls++;
  // outdateBundleSuitePublishStatus
  await client.POST("/v1/catalog/bundleSuites/{id}:outdatePublishStatus", { params: {"path":{"id":"sample"}} });
  calls++;
  // listCatalogProducts
  await client.GET("/v1/catalog/products");
  calls++;
  // getCatalogProduct
  await client.GET("/v1/catalog/products/{id}", { params: {"path":{"id":"sample"}} });
  calls++;
  // getCatalogPriceTag
  await client.GET("/v1/catalog/price-tags/{tagCode}", { params: {"path":{"tagCode":"sample"}} });
  calls++;
  // listCatalogObjectMappingSettings
  await client.GET("/v1/catalog/object-mapping-settings");
  calls++;
  // getCatalogBundleSuite
  await client.GET("/v1/catalog/bundleSuites/{id}", { params: {"path":{"id":"sample"}} });
  calls++;
  // createAndActivateOrder
  await client.POST("/v1/cpq/create-order", { body: {"customerId":"sample","effectiveDate":"2024-01-31","priceBookId":"sample","orderProducts":[{"subscriptionStartDate":"2024-01-31","subscriptionEndDate":"2024-01-31","productId":"sample","priceBookEntryId":"sample","quantity":1.5,"totalPrice":1.5,"uomId":"sample"}]} });
  calls++;
  // createAndActivateChangeOrder
  await client.POST("/v1/cpq/change-order", { body: {"options":{"proceedOption":"UseExistingQuote"},"assetChanges":[{"assetNumber":"sample","changeType":"Renew"}]} });
  calls++;
  // previewChangeOrder
  await client.POST("/v1/cpq/change-order:preview", { body: {"options":{"proceedOption":"UseExistingQuote"},"assetChanges":[{"assetNumber":"sample","changeType":"Renew"}]} });
  calls++;
  // createBulkChangeOrder
  await client.POST("/v1/cpq/change-order-in-bulk", { body: {"options":{"proceedOption":"CreateOrder"},"assetChanges":[{"changeType":"AdjustPrice"}]} });
  calls++;
  // getBulkChangeOrderJob
  await client.GET("/v1/cpq/change-order-in-bulk/jobs/{jobId}", { params: {"path":{"jobId":"sample"}} });
  calls++;
  // createObject
  await client.POST("/v1/objects/{objectName}", { params: {"path":{"objectName":"sample"},"query":{"payload":{}}} });
  calls++;
  // createObjects
  await client.POST("/v1/objects/{objectName}List", { params: {"path":{"objectName":"sample"},"query":{"objectCollection":{}}} });
  calls++;
  // deleteObjects
  await client.DELETE("/v1/objects/{objectName}List", { params: {"path":{"objectName":"sample"}}, body: {"idList":["sample"]} });
  calls++;
  // updateObjects
  await client.PATCH("/v1/objects/{objectName}List", { params: {"path":{"objectName":"sample"}}, body: {} });
  calls++;
  // persistCompositeObjects
  await client.POST("/v1/objects/composite/{objectName}List", { params: {"path":{"objectName":"sample"}}, body: {} });
  calls++;
  // deleteObject
  await client.DELETE("/v1/objects/{objectName}/{id}", { params: {"path":{"objectName":"sample","id":"sample"}} });
  calls++;
  // updateObject
  await client.PATCH("/v1/objects/{objectName}/{id}", { params: {"path":{"objectName":"sample","id":"sample"}}, body: {} });
  calls++;
  // createImportJob
  await client.POST("/v1/cpq/async/imports", { body: {"objectName":"UOM"} });
  calls++;
  // createProductsAndPricingImportJob
  await client.POST("/v1/cpq/async/imports/revenue-builder-data");
  calls++;
  // createDataExportJob
  await client.POST("/v1/cpq/async/exports", { body: {} });
  calls++;
  // createGraphqlExportJob
  await client.POST("/v1/async/graphql/exports", { body: "sample" });
  calls++;
  // updateImportJobContent
  await client.PATCH("/v1/cpq/async/imports/{jobId}/content", { params: {"path":{"jobId":"sample"}} });
  calls++;
  // getImportJobStatus
  await client.GET("/v1/cpq/async/imports/{jobId}", { params: {"path":{"jobId":"sample"}} });
  calls++;
  // getProductsAndPricingImportStatus
  await client.GET("/v1/cpq/async/imports/revenue-builder-data/{jobId}", { params: {"path":{"jobId":"sample"}} });
  calls++;
  // getDataExportJobStatus
  await client.GET("/v1/cpq/async/exports/{jobId}", { params: {"path":{"jobId":"sample"}} });
  calls++;
  // duplicatePriceTag
  await client.POST("/v1/objects/PriceDimension/{id}:duplicate", { params: {"path":{"id":"sample"}} });
  calls++;
  // copyPriceBook
  await client.POST("/v1/objects/PriceBook/{id}:copy", { params: {"path":{"id":"sample"}}, body: {"fromPriceBookId":"sample"} });
  calls++;
  // clonePriceBook
  await client.POST("/v1/objects/PriceBook/{id}:clone", { params: {"path":{"id":"sample"}} });
  calls++;
  // deactivateProducts
  await client.POST("/v1/objects/ProductList:deactivate", { body: {"idList":["sample"]} });
  calls++;
  // activateProducts
  await client.POST("/v1/objects/ProductList:activate", { body: {"idList":["sample"]} });
  calls++;
  // duplicateProduct
  await client.POST("/v1/objects/Product/{id}:duplicate", { params: {"path":{"id":"sample"}} });
  calls++;
  // deactivateProduct
  await client.POST("/v1/objects/Product/{id}:deactivate", { params: {"path":{"id":"sample"}} });
  calls++;
  // convertProductToBundle
  await client.POST("/v1/objects/Product/{id}:convertToBundle", { params: {"path":{"id":"sample"}} });
  calls++;
  // addProductImage
  await client.POST("/v1/objects/Product/{id}:addImage", { params: {"path":{"id":"sample"}} });
  calls++;
  // activateProduct
  await client.POST("/v1/objects/Product/{id}:activate", { params: {"path":{"id":"sample"}} });
  calls++;
  // getProductImage
  await client.GET("/v1/objects/Product/{id}:getImage", { params: {"path":{"id":"sample"}} });
  calls++;
  // getReferencedProducts
  await client.GET("/v1/objects/Product/{id}/referenceProducts", { params: {"path":{"id":"sample"}} });
  calls++;
  // importSettings
  await client.POST("/v1/cpq/settings/setting:import", { body: {} });
  calls++;
  // listQuantityTierAttributes
  await client.GET("/v1/cpq/ruby_settings/quantityTierAttributes");
  calls++;
  // createQuantityTierAttributes
  await client.POST("/v1/cpq/ruby_settings/quantityTierAttributes", { body: {"apiName":"sample","mapping":"sample"} });
  calls++;
  // deleteQuantityTierAttribute
  await client.DELETE("/v1/cpq/ruby_settings/quantityTierAttributes/{apiName}", { params: {"path":{"apiName":"sample"}} });
  calls++;
  // updateQuantityTierAttribute
  await client.PATCH("/v1/cpq/ruby_settings/quantityTierAttributes/{apiName}", { params: {"path":{"apiName":"sample"}}, body: {} });
  calls++;
  // exportSettings
  await client.GET("/v1/cpq/settings/setting:export");
  calls++;
  // getBundleDefinition
  await client.GET("/v1/objects/Product/{id}/bundleDefinition", { params: {"path":{"id":"sample"}} });
  calls++;
  // getSimpleAssetCustomFields
  await client.GET("/v1/objects/custom-fields/subscription-asset-entitlement/simple");
  calls++;
  // deactivateEntity
  await client.POST("/v1/objects/Entity/{id}:deactivate", { params: {"path":{"id":"sample"}} });
  calls++;
  // activateEntity
  await client.POST("/v1/objects/Entity/{id}:activate", { params: {"path":{"id":"sample"}} });
  calls++;
  // queryOrdersGraphqlOnGet
  await client.GET("/v1/orders/async/graphql", { params: {"query":{"query":"sample"}} });
  calls++;
  // queryOrdersGraphqlOnPost
  await client.POST("/v1/orders/async/graphql");
  calls++;
  // getMagicLink
  await client.GET("/v1/orders/magiclink/{objectType}/{objectId}", { params: {"path":{"objectType":"sample","objectId":"sample"}} });
  calls++;
  // getMagicLinkWithTemplate
  await client.GET("/v1/orders/magiclink/{objectType}/{objectId}/template/{templateId}", { params: {"path":{"objectType":"sample","objectId":"sample","templateId":"sample"}} });
  calls++;
  // createBillingSchedule
  await client.POST("/v1/billing/schedules", { body: {} });
  calls++;
  // duplicateBillingSchedule
  await client.POST("/v1/billing/schedules/{id}:duplicate", { params: {"path":{"id":"sample"}} });
  calls++;
  // deleteBillingSchedule
  await client.DELETE("/v1/billing/schedules/{id}", { params: {"path":{"id":"3fa85f64-5717-4562-b3fc-2c963f66afa6"}} });
  calls++;
  // updateBillingSchedule
  await client.PATCH("/v1/billing/schedules/{id}", { params: {"path":{"id":"3fa85f64-5717-4562-b3fc-2c963f66afa6"}}, body: {} });
  calls++;
  // cancelBillingSchedules
  await client.PATCH("/v1/billing/schedules/cancel", { body: {} });
  calls++;
  // activateBillingSchedules
  await client.PATCH("/v1/billing/schedules/activate", { body: {} });
  calls++;
  // getBillingJobErrorLog
  await client.GET("/v1/billing/job/{jobId}/error-log", { params: {"path":{"jobId":"3fa85f64-5717-4562-b3fc-2c963f66afa6"}} });
  calls++;
  // importOrderSettings
  await client.POST("/v1/orders/settings/setting:import", { body: {} });
  calls++;
  // importBillingSettings
  await client.POST("/v1/billing/tenant-settings/setting:import", { body: {} });
  calls++;
  // exportOrderSettings
  await client.GET("/v1/orders/settings/setting:export");
  calls++;
  // exportBillingSettings
  await client.GET("/v1/billing/tenant-settings/setting:export");
  calls++;
  // getCreditSettings
  await client.GET("/v1/billing/credit-tenant-settings");
  calls++;
  // createOrder
  await client.POST("/v1/orders", { body: {} });
  calls++;
  // deleteOrders
  await client.DELETE("/v1/orders", { body: {} });
  calls++;
  // getOrder
  await client.GET("/v1/orders/{orderId}", { params: {"path":{"orderId":"sample"}} });
  calls++;
  // updateOrder
  await client.POST("/v1/orders/{orderId}", { params: {"path":{"orderId":"sample"}}, body: {} });
  calls++;
  // cancelOrder
  await client.POST("/v1/orders/{orderId}:cancel", { params: {"path":{"orderId":"sample"}} });
  calls++;
  // activateOrder
  await client.POST("/v1/orders/{orderId}:activate", { params: {"path":{"orderId":"sample"}}, body: {} });
  calls++;
  // previewOrderInvoices
  await client.POST("/v1/orders/invoices:preview", { body: {"customerId":"sample","orderProducts":[{"id":"sample","priceModel":"sample","startDate":"2024-01-31","totalPrice":1.5,"tax":1.5,"quantity":1.5,"productId":"sample","productName":"sample","lineType":"LineItem","netSalesPrice":1.5,"productSku":"sample"}]} });
  calls++;
  // createChangeOrder
  await client.POST("/v1/orders/change-orders", { body: {"options":{"calculateTax":true,"previewInvoice":true},"assetChanges":[{"assetNumber":"sample","changeType":"Renew"}]} });
  calls++;
  // createOrderSyncJob
  await client.POST("/v1/billing/orders/sync-jobs", { body: "sample" });
  calls++;
  // updateSubscription
  await client.PATCH("/v1/orders/subscriptions/{subscriptionId}", { params: {"path":{"subscriptionId":"sample"}}, body: {} });
  calls++;
  // getQuoteList
  await client.GET("/v1/orders/quotes");
  calls++;
  // getQuoteMetadata
  await client.GET("/v1/orders/quote/metadata/{objectName}", { params: {"path":{"objectName":"sample"}} });
  calls++;
  // getOrderSyncJob
  await client.GET("/v1/billing/orders/sync-jobs/{jobId}", { params: {"path":{"jobId":"sample"}} });
  calls++;
  // createDebitMemo
  await client.POST("/v1/billing/debit-memos", { body: {} });
  calls++;
  // updateDebitMemo
  await client.POST("/v1/billing/debit-memos:update", { body: {} });
  calls++;
  // cancelDebitMemos
  await client.POST("/v1/billing/debit-memos/cancel", { body: {} });
  calls++;
  // activateDebitMemos
  await client.POST("/v1/billing/debit-memos:activate", { body: {} });
  calls++;
  // createFieldsSyncJob
  await client.POST("/v1/orders/fields-sync-jobs", { body: {} });
  calls++;
  // getFieldsSyncJob
  await client.GET("/v1/orders/fields-sync-jobs/{jobId}", { params: {"path":{"jobId":"3fa85f64-5717-4562-b3fc-2c963f66afa6"}} });
  calls++;
  // cancelCreditMemos
  await client.POST("/v1/billing/credit-memos:async-cancel", { body: {} });
  calls++;
  // activateCreditMemos
  await client.POST("/v1/billing/credit-memos:activate", { body: {} });
  calls++;
  // updateCreditMemo
  await client.PATCH("/v1/billing/credit-memos/{creditMemoId}", { params: {"path":{"creditMemoId":"3fa85f64-5717-4562-b3fc-2c963f66afa6"}}, body: {} });
  calls++;
  // getCreditMemoAppliedInvoices
  await client.GET("/v1/billing/credit-memos/{creditMemoId}/invoices", { params: {"path":{"creditMemoId":"3fa85f64-5717-4562-b3fc-2c963f66afa6"}} });
  calls++;
  // getCreditMemoAppliedDebitMemos
  await client.GET("/v1/billing/credit-memos/{creditMemoId}/debit-memos", { params: {"path":{"creditMemoId":"3fa85f64-5717-4562-b3fc-2c963f66afa6"}} });
  calls++;
  // deleteCanceledCreditMemos
  await client.DELETE("/v1/billing/credit-memos:async-delete", { body: {} });
  calls++;
  // writeOffInvoices
  await client.POST("/v1/billing/invoices:write-off", { body: {} });
  calls++;
  // refundInvoices
  await client.POST("/v1/billing/invoices:refund", { body: {} });
  calls++;
  // payInvoices
  await client.POST("/v1/billing/invoices:pay", { body: {} });
  calls++;
  // cancelInvoicePayments
  await client.POST("/v1/billing/invoices:cancel-payments", { body: {} });
  calls++;
  // unapplyCreditMemos
  await client.POST("/v1/billing/credit-memos:unapply", { body: {} });
  calls++;
  // applyCreditMemos
  await client.POST("/v1/billing/credit-memos:apply", { body: {} });
  calls++;
  // createPaymentRule
  await client.POST("/v1/billing/payment-rules", { body: {} });
  calls++;
  // deletePaymentRules
  await client.DELETE("/v1/billing/payment-rules", { body: {} });
  calls++;
  // processPaymentRules
  await client.POST("/v1/billing/payment-rules:process", { body: {} });
  calls++;
  // deactivatePaymentRules
  await client.POST("/v1/billing/payment-rules:deactivate", { body: {} });
  calls++;
  // activatePaymentRules
  await client.POST("/v1/billing/payment-rules:activate", { body: {} });
  calls++;
  // duplicatePaymentRule
  await client.POST("/v1/billing/payment-rules/{id}:duplicate", { params: {"path":{"id":"3fa85f64-5717-4562-b3fc-2c963f66afa6"}} });
  calls++;
  // updatePaymentRule
  await client.PATCH("/v1/billing/payment-rules/{id}", { params: {"path":{"id":"3fa85f64-5717-4562-b3fc-2c963f66afa6"}}, body: {} });
  calls++;
  // rateUsagesInBulk
  await client.POST("/v1/orders/usage-rate", { body: {} });
  calls++;
  // queryUsage
  await client.POST("/v1/usage/usage", { body: {} });
  calls++;
  // rateUsageAsync
  await client.POST("/v1/usage/usage:async-rate", { body: {} });
  calls++;
  // cancelUsage
  await client.POST("/v1/usage/cancel-usage", { body: {} });
  calls++;
  // createRawUsage
  await client.POST("/v1/usage/raw-usage", { body: {} });
  calls++;
  // createRatedUsage
  await client.POST("/v1/usage/rated-usage", { body: {} });
  calls++;
  // getSubscriptionUsage
  await client.POST("/v1/usage/customers/{customerId}/subscriptions/{subscriptionId}/usage", { params: {"path":{"customerId":"sample","subscriptionId":"sample"}}, body: {} });
  calls++;
  // queryUsageGraphqlOnGet
  await client.GET("/v1/usage/async/graphql", { params: {"query":{"query":"sample"}} });
  calls++;
  // queryUsageGraphqlOnPost
  await client.POST("/v1/usage/async/graphql");
  calls++;
  // getUsageSettings
  await client.GET("/v1/usage/tenants/current");
  calls++;
  // getAsyncJobStatus
  await client.GET("/v1/usage/async-jobs/{jobId}", { params: {"path":{"jobId":"sample"}} });
  calls++;
  // transferInvoicesToPayments
  await client.POST("/v1/billing/invoices:transferToPayments", { body: {} });
  calls++;
  // convertInvoicePaymentStatus
  await client.POST("/v1/billing/invoices:convert-payment-status", { body: {} });
  calls++;
  // cancelInvoices
  await client.POST("/v1/billing/invoices:async-cancel", { body: {} });
  calls++;
  // activateInvoices
  await client.POST("/v1/billing/invoices:activate", { body: {} });
  calls++;
  // createInvoiceSyncJob
  await client.POST("/v1/billing/invoices/sync-jobs", { body: {} });
  calls++;
  // replayFailedInvoiceTasks
  await client.POST("/v1/billing/invoices/failed-seq-tasks:replay", { body: {} });
  calls++;
  // transferInvoiceToCrm
  await client.POST("/v1/billing/invoice:transfer-to-crm/{invoice-id}", { params: {"path":{"invoice-id":"3fa85f64-5717-4562-b3fc-2c963f66afa6"}} });
  calls++;
  // convertCredits
  await client.POST("/v1/billing/credits:convert", { body: {} });
  calls++;
  // transferCreditMemosToPayments
  await client.POST("/v1/billing/credit-memos:transferToPayments", { body: {} });
  calls++;
  // transferCreditMemoToCrm
  await client.POST("/v1/billing/credit-memo:transfer-to-crm/{credit-memo-id}", { params: {"path":{"credit-memo-id":"3fa85f64-5717-4562-b3fc-2c963f66afa6"}} });
  calls++;
  // updateInvoice
  await client.PATCH("/v1/billing/invoices/{invoiceId}", { params: {"path":{"invoiceId":"3fa85f64-5717-4562-b3fc-2c963f66afa6"}}, body: {} });
  calls++;
  // getInvoiceAppliedCreditMemos
  await client.GET("/v1/billing/invoices/{invoiceId}/credit-memos", { params: {"path":{"invoiceId":"3fa85f64-5717-4562-b3fc-2c963f66afa6"}} });
  calls++;
  // generateInvoicePdf
  await client.GET("/v1/billing/invoices/{id}/pdf:generate", { params: {"path":{"id":"3fa85f64-5717-4562-b3fc-2c963f66afa6"}} });
  calls++;
  // getInvoiceSyncJob
  await client.GET("/v1/billing/invoices/sync-jobs/{jobId}", { params: {"path":{"jobId":"3fa85f64-5717-4562-b3fc-2c963f66afa6"}} });
  calls++;
  // deleteInvoices
  await client.DELETE("/v1/billing/invoices:async-delete", { body: {} });
  calls++;
  // getWebhookEndpoints
  await client.GET("/v1/webhook-endpoints");
  calls++;
  // createWebhookEndpoint
  await client.POST("/v1/webhook-endpoints", { body: {"name":"sample","eventTypes":["sample"],"endpoint":"sample"} });
  calls++;
  // enableWebhookEndpoint
  await client.POST("/v1/webhook-endpoints/{id}:enable", { params: {"path":{"id":"sample"}} });
  calls++;
  // disableWebhookEndpoint
  await client.POST("/v1/webhook-endpoints/{id}:disable", { params: {"path":{"id":"sample"}} });
  calls++;
  // deleteWebhookEndpoint
  await client.DELETE("/v1/webhook-endpoints/{id}", { params: {"path":{"id":"sample"}} });
  calls++;
  // updateWebhookEndpoint
  await client.PATCH("/v1/webhook-endpoints/{id}", { params: {"path":{"id":"sample"}}, body: {} });
  calls++;
  // createCustomer
  await client.POST("/v1/orders/customers", { body: [{}] });
  calls++;
  // createContact
  await client.POST("/v1/orders/customers/{customerId}/contacts", { params: {"path":{"customerId":"sample"}}, body: [{}] });
  calls++;
  // getCustomer
  await client.GET("/v1/orders/customers/{customerId}", { params: {"path":{"customerId":"sample"}} });
  calls++;
  // updateCustomer
  await client.PATCH("/v1/orders/customers/{customerId}", { params: {"path":{"customerId":"sample"}}, body: {} });
  calls++;
  // getContact
  await client.GET("/v1/orders/contacts/{contactId}", { params: {"path":{"contactId":"sample"}} });
  calls++;
  // updateContact
  await client.PATCH("/v1/orders/contacts/{contactId}", { params: {"path":{"contactId":"sample"}}, body: {} });
  calls++;
  // getTransactionHubUploadJob
  await client.GET("/v1/revenue/transaction-hub/async-job/{jobId}", { params: {"path":{"jobId":"3fa85f64-5717-4562-b3fc-2c963f66afa6"}} });
  calls++;
  // uploadTransactionHub
  await client.POST("/v1/revenue/transaction-hub:upload", { body: {} });
  calls++;
  // createTransactionHub
  await client.POST("/v1/revenue/transaction-hub", { body: {} });
  calls++;
  // deleteTransactionHub
  await client.DELETE("/v1/revenue/transaction-hub", { body: {} });
  calls++;
  // updateTransactionHub
  await client.PATCH("/v1/revenue/transaction-hub", { body: {} });
  calls++;
  // getOrderRevenueFieldMappings
  await client.GET("/v1/revenue/settings/revenue-fields/orders");
  calls++;
  // createOrderRevenueFieldMapping
  await client.POST("/v1/revenue/settings/revenue-fields/orders", { body: {} });
  calls++;
  // updateOrderRevenueFieldMappings
  await client.PATCH("/v1/revenue/settings/revenue-fields/orders", { body: {} });
  calls++;
  // deleteOrderRevenueFieldMapping
  await client.DELETE("/v1/revenue/settings/revenue-fields/orders/{fieldId}", { params: {"path":{"fieldId":"3fa85f64-5717-4562-b3fc-2c963f66afa6"}} });
  calls++;
  // queryRevenueGraphqlOnGet
  await client.GET("/v1/revenue/async/graphql", { params: {"query":{"query":"sample"}} });
  calls++;
  // queryRevenueGraphqlOnPost
  await client.POST("/v1/revenue/async/graphql");
  calls++;
  // createEvent
  await client.POST("/v1/events", { body: {} });
  calls++;
  // testEvent
  await client.POST("/v1/events:test", { body: {} });
  calls++;
  // retryEvent
  await client.POST("/v1/events/{id}:retry", { params: {"path":{"id":"sample"}} });
  calls++;
  // getEvent
  await client.GET("/v1/events/{id}", { params: {"path":{"id":"sample"}} });
  calls++;
  // reSendEventPost
  await client.POST("/v1/eventPosts/{id}:reSend", { params: {"path":{"id":"sample"}} });
  calls++;
  // getEventPost
  await client.GET("/v1/eventPosts/{id}", { params: {"path":{"id":"sample"}} });
  calls++;
  // getEventProcessLogs
  await client.GET("/v1/eventPosts/{id}/logs", { params: {"path":{"id":"sample"}} });
  calls++;
  // getCustomerCreditStats
  await client.GET("/customers/{customerId}/credit-stats", { params: {"path":{"customerId":"sample"},"query":{"accountPoolIds":["474935a8-16cc-46a6-927d-74c962cf460f"]}} });
  calls++;
  // getAccountCreditPools
  await client.GET("/customers/{customerId}/account-credit-pools", { params: {"path":{"customerId":"sample"}} });
  calls++;
  // getCreditFlows
  await client.GET("/customers/{customerId}/credit-flows", { params: {"path":{"customerId":"sample"}} });
  calls++;
  return calls;
}
