// libFuzzer target: parse + model + validate + simulate + random edits of a CI file.
// Invariants checked on every edit (abort on violation): the patch applies to the text it was made
// for, bytes outside its spans are unchanged, its inverse restores the original, and the
// incremental Document::update / Model::update equal a parse and build from scratch.
#include "core/ci/editor.h"
#include "core/ci/simulation.h"
#include "core/ci/validator.h"

#include <cstdint>
#include <cstdlib>

using namespace LabDesk::Ci;

namespace {

void check(bool ok)
{
    if (!ok)
        std::abort();
}

void applyChecked(QByteArray &text, const EditResult &result)
{
    if (!result.isOk())
        return;
    QByteArray next;
    check(result.patch.apply(text, &next));
    const QVector<Replacement> &r = result.patch.replacements();
    if (!r.isEmpty()) {
        check(next.left(r.front().span.begin) == text.left(r.front().span.begin));
        check(next.right(text.size() - r.back().span.end) == text.right(text.size() - r.back().span.end));
    }
    check(result.patch.inverted().applied(next) == text);
    text = next;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 64 * 1024)
        return 0;
    // The last 8 bytes (when there are enough) choose the edits; the rest is the file.
    const size_t opBytes = size >= 16 ? 8 : 0;
    QByteArray text(reinterpret_cast<const char *>(data), qsizetype(size - opBytes));
    const uint8_t *ops = data + size - opBytes;

    Document doc = Document::parse(text);
    check(doc.bytes() == text);
    Model model = Model::build(doc);
    Validator::validate(doc, model);
    PipelineInput input;
    input.ref = QStringLiteral("main");
    Simulation::run(model, input);
    model.merged().toYaml();
    Expression::evaluate(QString::fromUtf8(text.left(200)), {{QStringLiteral("A"), QStringLiteral("x")}});

    for (size_t i = 0; i + 1 < opBytes && doc.isValid(); i += 2) {
        if (model.jobs().isEmpty())
            break;
        const Job &job = model.jobs()[int(ops[i + 1] % uint8_t(model.jobs().size()))];
        const Job &other = model.jobs()[int((ops[i + 1] / 7) % uint8_t(model.jobs().size()))];
        const Editor editor(doc, model);
        switch (ops[i] % 12) {
        case 0:
            applyChecked(text, editor.setKey(job.name, QStringLiteral("tags"), QStringLiteral("[a, b]")));
            break;
        case 1:
            applyChecked(text, editor.setKey(job.name, QStringLiteral("script"), QStringLiteral("[x, 'y: z']")));
            break;
        case 2:
            applyChecked(text, editor.unsetKey(job.name, QStringLiteral("stage")));
            break;
        case 3:
            applyChecked(text, editor.renameJob(job.name, job.name + QStringLiteral("_r")));
            break;
        case 4:
            applyChecked(text, editor.addJob(QStringLiteral("fz%1").arg(i), job.stage));
            break;
        case 5:
            applyChecked(text, editor.deleteJob(job.name));
            break;
        case 6:
            applyChecked(text, editor.duplicateJob(job.name, job.name + QStringLiteral("_d")));
            break;
        case 7:
            applyChecked(text, editor.addNeed(job.name, other.name));
            break;
        case 8:
            applyChecked(text, editor.removeNeed(job.name, other.name));
            break;
        case 9:
            applyChecked(text, editor.addStage(QStringLiteral("s%1").arg(i), job.stage));
            break;
        case 10:
            applyChecked(text, editor.moveJob(job.name, QStringLiteral("deploy")));
            break;
        default:
            applyChecked(text, editor.setKey(job.name, QStringLiteral("variables.V"), QStringLiteral("'on'")));
            break;
        }
        // The incremental update gives what parsing and building from scratch give.
        const DocumentChange change = doc.update(text);
        const Document fresh = Document::parse(text);
        check(doc == fresh);
        model = Model::update(std::move(model), doc, change);
        check(model == Model::build(fresh));
    }
    // So does typing: one byte of the input inserted or removed somewhere.
    if (opBytes > 0 && !text.isEmpty()) {
        const qsizetype at = qsizetype(ops[0] | (ops[1] << 8)) % text.size();
        const QByteArray typed = ops[2] % 2 ? QByteArray(text).insert(at, char(ops[3])) : QByteArray(text).remove(at, 1);
        const DocumentChange change = doc.update(typed);
        const Document fresh = Document::parse(typed);
        check(doc == fresh);
        check(Model::update(std::move(model), doc, change) == Model::build(fresh));
    }
    return 0;
}
