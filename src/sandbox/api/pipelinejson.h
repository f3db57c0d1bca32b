#pragma once

#include <QJsonObject>

namespace LabDesk::Sandbox {

class SandboxApi;

// GitLab's pipeline and job entities (lib/api/entities/ci/*.rb) for the records the pipelines
// module keeps. Other modules that list jobs (GET /runners/:id/jobs) use jobJson() too.

// Entities::Ci::PipelineBasic (+ `name` as PipelineBasicWithMetadata when `withName`, 16.3+).
QJsonObject pipelineBasicJson(const SandboxApi &api, const QJsonObject &pipeline, bool withName = false);
// Entities::Ci::Pipeline with `detailed_status` (+ `name` as PipelineWithMetadata when `withName`).
QJsonObject pipelineJson(const SandboxApi &api, const QJsonObject &pipeline, bool withName = false);
// Entities::Ci::Job: runner, runner_manager, artifacts, tag_list, commit, user, pipeline, ...
QJsonObject jobJson(const SandboxApi &api, const QJsonObject &job);
// Entities::Ci::Bridge: JobBasic plus `downstream_pipeline`.
QJsonObject bridgeJson(const SandboxApi &api, const QJsonObject &bridge);

} // namespace LabDesk::Sandbox
