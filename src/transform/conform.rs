//! Turns source batches into the target table's logical types, checking
//! every converted value fits exactly (ranges, scales, lengths, enum
//! members). Columns whose types already agree pass through untouched.

use crate::catalog::{LogicalType, Table};
use crate::error::{Error, Result};
use crate::values::text::{canonical, Cell, CellReader};
use crate::values::ColumnBuilder;
use arrow::array::{Array, ArrayRef, StringArray};
use arrow::datatypes::SchemaRef;
use arrow::record_batch::RecordBatch;

enum Step {
    Keep,
    /// Same Arrow type, but the target holds fewer characters.
    CheckLength(u32),
    Convert,
}

/// Converts batches of one source table into its target table's schema.
pub struct Conformer {
    source: Table,
    target: Table,
    schema: SchemaRef,
    steps: Vec<Step>,
    key_columns: Vec<usize>,
}

impl Conformer {
    pub fn new(source: &Table, target: &Table) -> Self {
        let steps = source
            .columns
            .iter()
            .zip(&target.columns)
            .map(|(s, t)| {
                let same_arrow = s.ty.arrow_type() == t.ty.arrow_type();
                let members_checked = matches!(&t.ty, LogicalType::Enum { values, .. } if !values.is_empty())
                    && s.ty != t.ty;
                let exact = s.ty == t.ty
                    || (same_arrow
                        && !members_checked
                        && !matches!(t.ty, LogicalType::Numeric | LogicalType::Year | LogicalType::Bool));
                match (&t.ty, exact) {
                    (LogicalType::Text { max_len: Some(n), .. }, true) => match &s.ty {
                        LogicalType::Text { max_len: Some(m), .. } if m <= n => Step::Keep,
                        _ => Step::CheckLength(*n),
                    },
                    (_, true) => Step::Keep,
                    (_, false) => Step::Convert,
                }
            })
            .collect();
        let key_columns = source.key_positions();
        Conformer {
            source: source.clone(),
            target: target.clone(),
            schema: target.arrow_schema(),
            steps,
            key_columns,
        }
    }

    /// The batch with the target's schema.
    ///
    /// # Errors
    /// [`Error::Value`] naming table, column and the row's key for the first
    /// value that does not fit.
    pub fn apply(&self, batch: RecordBatch) -> Result<RecordBatch> {
        let mut columns: Vec<ArrayRef> = Vec::with_capacity(batch.num_columns());
        for (i, (step, column)) in self.steps.iter().zip(&self.target.columns).enumerate() {
            let array = batch.column(i);
            match step {
                Step::Keep => columns.push(array.clone()),
                Step::CheckLength(n) => {
                    let Some(strings) = array.as_any().downcast_ref::<StringArray>() else {
                        return Err(self.error(
                            &batch,
                            i,
                            0,
                            format!("a text column read as {}", array.data_type()),
                        ));
                    };
                    for row in 0..strings.len() {
                        if strings.is_valid(row) && strings.value(row).chars().count() > *n as usize
                        {
                            return Err(self.error(
                                &batch,
                                i,
                                row,
                                format!(
                                    "a value of {} characters does not fit {} {}",
                                    strings.value(row).chars().count(),
                                    column.native,
                                    self.key_text(&batch, row)
                                ),
                            ));
                        }
                    }
                    columns.push(array.clone());
                }
                Step::Convert => {
                    let reader = CellReader::new(array.as_ref()).map_err(Error::failed)?;
                    let mut builder = ColumnBuilder::new(&column.ty, array.len());
                    for row in 0..array.len() {
                        let result = match reader.get(row) {
                            Cell::Null => {
                                builder.append_null();
                                Ok(())
                            }
                            Cell::Bool(b) => builder.append_bool(b),
                            Cell::Int(v) => builder.append_int(v as i128),
                            Cell::UInt(v) => builder.append_int(v as i128),
                            Cell::Float(v) => builder.append_f64(v),
                            Cell::Text(s) => {
                                if let LogicalType::Text {
                                    max_len: Some(n), ..
                                } = column.ty
                                {
                                    if s.chars().count() > n as usize {
                                        return Err(self.error(
                                            &batch,
                                            i,
                                            row,
                                            format!(
                                                "a value of {} characters does not fit {} {}",
                                                s.chars().count(),
                                                column.native,
                                                self.key_text(&batch, row)
                                            ),
                                        ));
                                    }
                                }
                                builder.append_text(&s)
                            }
                            Cell::Bytes(b) => builder.append_bytes(b),
                        };
                        if let Err(why) = result {
                            return Err(self.error(
                                &batch,
                                i,
                                row,
                                format!(
                                    "{why} (target type {}) {}",
                                    column.native,
                                    self.key_text(&batch, row)
                                ),
                            ));
                        }
                    }
                    columns.push(builder.finish());
                }
            }
        }
        RecordBatch::try_new(self.schema.clone(), columns)
            .map_err(|e| Error::arrow(format!("converting a batch of {}", self.source.name), e))
    }

    fn error(&self, _batch: &RecordBatch, column: usize, _row: usize, message: String) -> Error {
        let name = self
            .source
            .columns
            .get(column)
            .map_or("?", |c| c.name.as_str());
        Error::value(&self.source.name, name, message)
    }

    /// `(row id=7)`: the primary key of a row, for messages.
    fn key_text(&self, batch: &RecordBatch, row: usize) -> String {
        if self.key_columns.is_empty() {
            return format!("(row {} of its batch)", row + 1);
        }
        let parts: Vec<String> = self
            .key_columns
            .iter()
            .filter_map(|&k| Some((k, self.source.columns.get(k)?)))
            .map(|(k, column)| {
                let reader = CellReader::new(batch.column(k).as_ref());
                let value = match reader {
                    Ok(r) => canonical(&r.get(row), &column.ty),
                    Err(_) => "?".into(),
                };
                format!("{}={value}", column.name)
            })
            .collect();
        format!("(row {})", parts.join(", "))
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]
mod tests {
    use super::*;
    use crate::catalog::Column;
    use arrow::array::{Int32Array, Int64Array};
    use std::sync::Arc;

    fn table(types: &[(&str, LogicalType, &str)]) -> Table {
        Table {
            name: "t".into(),
            columns: types
                .iter()
                .map(|(name, ty, native)| Column::new(name, ty.clone(), native, true))
                .collect(),
            primary_key: vec!["id".into()],
            ..Table::default()
        }
    }

    fn text(max_len: Option<u32>) -> LogicalType {
        LogicalType::Text {
            max_len,
            fixed: false,
        }
    }

    fn batch(source: &Table, ids: Vec<i64>, names: Vec<Option<&str>>) -> RecordBatch {
        RecordBatch::try_new(
            source.arrow_schema(),
            vec![
                Arc::new(Int64Array::from(ids)),
                Arc::new(StringArray::from(names)),
            ],
        )
        .unwrap()
    }

    #[test]
    fn columns_of_one_type_pass_through_untouched() {
        let t = table(&[
            ("id", LogicalType::Int64, "bigint"),
            ("name", text(None), "text"),
        ]);
        let input = batch(&t, vec![1, 2], vec![Some("a"), None]);
        let out = Conformer::new(&t, &t).apply(input.clone()).unwrap();
        assert!(Arc::ptr_eq(out.column(0), input.column(0)));
        assert!(Arc::ptr_eq(out.column(1), input.column(1)));
    }

    #[test]
    fn narrower_integers_are_converted_or_refused_naming_the_row() {
        let source = table(&[
            ("id", LogicalType::Int64, "bigint"),
            ("name", text(None), "text"),
        ]);
        let target = table(&[
            ("id", LogicalType::Int32, "int"),
            ("name", text(None), "text"),
        ]);
        let c = Conformer::new(&source, &target);
        let out = c
            .apply(batch(&source, vec![1, 2_147_483_647], vec![None, None]))
            .unwrap();
        let ids = out.column(0).as_any().downcast_ref::<Int32Array>().unwrap();
        assert_eq!(ids.values(), &[1, 2_147_483_647]);
        let error = c
            .apply(batch(&source, vec![7, 2_147_483_648], vec![None, None]))
            .unwrap_err();
        assert_eq!(
            error.to_string(),
            "t.id: 2147483648 is out of range for int32 (target type int) (row id=2147483648)"
        );
    }

    #[test]
    fn text_longer_than_the_target_column_is_refused_in_characters() {
        let source = table(&[
            ("id", LogicalType::Int64, "bigint"),
            ("name", text(None), "text"),
        ]);
        let target = table(&[
            ("id", LogicalType::Int64, "bigint"),
            ("name", text(Some(3)), "varchar(3)"),
        ]);
        let c = Conformer::new(&source, &target);
        // Three characters, six bytes: fits.
        assert!(c.apply(batch(&source, vec![1], vec![Some("äöü")])).is_ok());
        let error = c
            .apply(batch(&source, vec![1, 5], vec![Some("abc"), Some("abcd")]))
            .unwrap_err();
        assert_eq!(
            error.to_string(),
            "t.name: a value of 4 characters does not fit varchar(3) (row id=5)"
        );
    }
}
